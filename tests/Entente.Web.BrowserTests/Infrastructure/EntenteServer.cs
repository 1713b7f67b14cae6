using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Entente.Web.BrowserTests.Infrastructure;

/// <summary>
/// The real `entente serve` as a child process on 127.0.0.1 and a free port, over a temporary
/// database filled by `entente init`, with "today" pinned so answers do not drift.
/// </summary>
public sealed class EntenteServer : IDisposable
{
    public const string Today = "2026-01-15";

    private static readonly string EntryPoint = Path.Combine(AppContext.BaseDirectory, "entente.dll");
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private EntenteServer(string database, string apiKey, Process process, Uri address)
    {
        Database = database;
        ApiKey = apiKey;
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Database { get; }

    /// <summary>A write key made by `entente keys create` for the review and ingest tests.</summary>
    public string ApiKey { get; }

    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <param name="seed">Writes to the database after `init` and before the server opens it.</param>
    public static async Task<EntenteServer> StartAsync(Action<string> seed)
    {
        var folder = Directory.CreateTempSubdirectory("entente-browser-db-").FullName;
        var database = Path.Combine(folder, "entente.db");
        Run("init", "--db", database);
        var apiKey = Run("keys", "create", "browser-tests", "--db", database).Trim();
        seed(database);

        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = Start("serve", "--urls", address.ToString().TrimEnd('/'), "--db", database);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start entente serve");
        var server = new EntenteServer(database, apiKey, process, address);
        process.OutputDataReceived += (_, line) => server.Append(line.Data);
        process.ErrorDataReceived += (_, line) => server.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync();
        return server;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartDeadline;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"entente serve exited with {_process.ExitCode}:\n{Log}");
            try
            {
                using var response = await client.GetAsync(new Uri(Address, "/health"));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"entente serve did not answer /health within {StartDeadline.TotalSeconds} s:\n{Log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ProcessStartInfo Start(params string[] args)
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

    /// <summary>Runs a short `entente` command to completion and returns its standard output.</summary>
    private static string Run(params string[] args)
    {
        using var process = Process.Start(Start(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"entente {string.Join(' ', args)} did not finish in 2 minutes");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"entente {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}");
        return stdout.Result;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        _process.Dispose();
        try
        {
            Directory.Delete(Path.GetDirectoryName(Database)!, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying process: the temp folder is cleaned by the OS.
        }
    }
}
