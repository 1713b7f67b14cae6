using System.Diagnostics;
using System.Text;

namespace Entente.EndToEnd.Tests;

/// <summary>Runs the real `entente` as a child process, with "today" pinned and its own database.</summary>
internal static class Cli
{
    public const string Today = "2026-01-15";

    private static readonly string EntryPoint = Path.Combine(AppContext.BaseDirectory, "entente.dll");

    public static CliResult Run(string? db, params string[] args) => RunWith(db, new Dictionary<string, string>(), args);

    public static CliResult RunWith(string? db, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunWithInput(db, environment, null, args);

    /// <summary>Runs with <paramref name="input"/> as standard input (for `review`), closed at its end.</summary>
    public static CliResult RunWithInput(string? db, IReadOnlyDictionary<string, string> environment, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(EntryPoint);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        if (db is not null)
        {
            start.ArgumentList.Add("--db");
            start.ArgumentList.Add(db);
        }
        start.Environment["ENTENTE_TODAY"] = Today;
        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove("ENTENTE_DB");
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        using var process = Process.Start(start)!;
        if (input is not null)
            process.StandardInput.Write(input);
        process.StandardInput.Close();
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
