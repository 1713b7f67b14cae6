using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Entente.Web.Tests;

/// <summary>
/// A real `entente serve` process on 127.0.0.1 with a port the system picks, read back from its
/// log; ready once GET /health answers 200 (polled with a deadline).
/// </summary>
public sealed partial class ServerProcess : IDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ServerProcess(string db, params string[] extraArgs)
    {
        _process = Process.Start(Cli.StartInfo(["serve", "--db", db, "--urls", "http://127.0.0.1:0", "--log-format", "json", .. extraArgs]))!;
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Client = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None });
        try
        {
            Address = WaitForAddress();
            Client.BaseAddress = Address;
            WaitForHealth();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public string Log
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Asks the server to stop as a service manager would (SIGTERM); true when it exits in time.</summary>
    public bool Terminate(TimeSpan deadline)
    {
        _ = SendSignal(_process.Id, SigTerm);
        return _process.WaitForExit(deadline);
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited && !Terminate(TimeSpan.FromSeconds(15)))
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
            return;
        lock (_log)
            _log.AppendLine(line);
        if (ListeningOn().Match(line) is { Success: true } match)
            _address.TrySetResult(new Uri(match.Groups[1].Value + "/"));
    }

    private Uri WaitForAddress()
    {
        var exited = _process.WaitForExitAsync();
        var first = Task.WhenAny(_address.Task, exited, Task.Delay(StartDeadline)).GetAwaiter().GetResult();
        if (first == _address.Task)
            return _address.Task.Result;
        throw new InvalidOperationException($"entente serve did not report its address in {StartDeadline.TotalSeconds} s. Log:\n{Log}");
    }

    private void WaitForHealth()
    {
        var deadline = DateTime.UtcNow + StartDeadline;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = Client.GetAsync("health").GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not accepting connections yet.
            }
            if (_process.HasExited)
                break;
            Thread.Sleep(50);
        }
        throw new InvalidOperationException($"entente serve did not become healthy. Log:\n{Log}");
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();

    private const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
