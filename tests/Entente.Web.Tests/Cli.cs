using System.Diagnostics;
using System.Text;

namespace Entente.Web.Tests;

/// <summary>Runs the real `entente` (built beside the tests) as a child process, with "today" pinned.</summary>
internal static class Cli
{
    public const string Today = "2026-01-15";

    public static readonly string EntryPoint = Path.Combine(AppContext.BaseDirectory, "entente.dll");

    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(EntryPoint);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ENTENTE_TODAY"] = Today;
        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove("ENTENTE_DB");
        return start;
    }

    public static CliResult Run(params string[] args) => RunWithInput(null, args);

    public static CliResult RunWithInput(string? input, params string[] args)
    {
        var start = StartInfo(args);
        start.RedirectStandardInput = input is not null;
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"entente {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
