using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Entente.Web.Tests;

[Collection(ReadServerCollection.Name)]
public sealed class ServerTests(ReadServer fixture)
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Health_is_200_with_the_data_version()
    {
        var health = await Client.GetJson("health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("dataVersion").GetInt64() > 0);
    }

    [Fact]
    public async Task OpenApi_document_describes_every_endpoint()
    {
        var document = await Client.GetJson("openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        string[] expected =
        [
            "/health", "/api/actors", "/api/actors/{actor}", "/api/allies/{actor}", "/api/ask", "/api/graph",
            "/api/relations/{a}/{b}", "/api/timeline/{actor}", "/api/claims", "/api/claims/{id}/accept",
            "/api/claims/{id}/reject", "/api/documents",
        ];
        foreach (var path in expected)
            Assert.Contains(path, paths);
    }

    [Fact]
    public void Logs_are_one_json_object_per_line_when_asked_for_json()
    {
        var lines = fixture.Server.Log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith('{'))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToList();

        Assert.Contains(lines, l => l.GetProperty("Category").GetString() == "entente"
            && l.GetProperty("State").GetProperty("Addresses").GetString() == fixture.Server.Address.ToString().TrimEnd('/'));
        Assert.All(lines, l => Assert.False(string.IsNullOrEmpty(l.GetProperty("LogLevel").GetString())));
    }

    [Fact]
    public async Task Many_different_questions_at_once_are_all_answered()
    {
        string[] actors = ["russia", "china", "hezbollah", "houthis", "israel", "united-states", "iraq", "syria", "qatar", "oman", "turkey", "pakistan"];
        var requests = actors.SelectMany(a => new[] { $"api/allies/{a}", $"api/graph?center={a}", $"api/timeline/{a}", $"api/allies/{a}?asOf=2020-01-01&format=html" })
            .Select(async path => (path, (await Client.Get(path)).Status));

        var results = await Task.WhenAll(requests);

        Assert.All(results, r => Assert.True(r.Status == HttpStatusCode.OK, $"{r.path}: {(int)r.Status}"));
    }

    [Theory]
    [InlineData("api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("api/documents", HttpStatusCode.MethodNotAllowed)]
    public async Task Requests_for_no_endpoint_get_problem_details(string path, HttpStatusCode status)
    {
        using var response = await Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

/// <summary>Tests that start servers of their own: the app's files, shutdown, and start-up mistakes.</summary>
public sealed class ServerLifecycleTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Serves_the_app_from_the_web_root_with_index_html_at_the_root()
    {
        var root = Directory.CreateDirectory(Path.Combine(_database.Folder, "app")).FullName;
        await File.WriteAllTextAsync(Path.Combine(root, "index.html"), "<!doctype html><title>Entente app</title>");
        await File.WriteAllTextAsync(Path.Combine(root, "app.js"), "console.log('entente');");
        using var server = new ServerProcess(_database.Path, "--web-root", root);

        var (status, body, type) = await server.Client.Get("");
        var script = await server.Client.Get("app.js");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html", type);
        Assert.Contains("Entente app", body, StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.ContentType);
    }

    [Fact]
    public void Sigterm_stops_the_server_gracefully_with_exit_code_0()
    {
        using var server = new ServerProcess(_database.Path);

        Assert.True(server.Terminate(TimeSpan.FromSeconds(20)), "the server did not stop within 20 s of SIGTERM");
        Assert.Equal(0, server.ExitCode);
        Assert.Contains("Application is shutting down", server.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_already_in_use_is_a_clear_error()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = Cli.Run("serve", "--db", _database.Path, "--urls", $"http://127.0.0.1:{port}", "--log-format", "plain");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{port}", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("in use", result.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_address_is_a_clear_error()
    {
        var result = Cli.Run("serve", "--db", _database.Path, "--urls", "not a url", "--log-format", "plain");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--urls", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
