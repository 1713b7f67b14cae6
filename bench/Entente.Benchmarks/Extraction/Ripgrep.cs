using System.Diagnostics;

namespace Entente.Benchmarks.Extraction;

/// <summary>Runs ripgrep in the corpus folder and times the whole process, start-up included (it searches a single file on one thread).</summary>
internal sealed class Ripgrep(string executable, string folder)
{
    public (Timed Time, string Output) Run(int runs, params string[] arguments)
    {
        var output = Once(arguments); // warm the page cache and report what it counted
        var time = Timed.Best(runs, CpuTime.OfChildren, () => Once(arguments));
        return (time, output);
    }

    private string Once(string[] arguments)
    {
        var start = new ProcessStartInfo(executable, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode > 1)
            throw new InvalidOperationException($"{executable} {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result.Trim()}");
        return stdout.Result.Trim();
    }
}
