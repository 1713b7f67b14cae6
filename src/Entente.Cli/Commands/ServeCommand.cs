using System.CommandLine;
using Entente.Storage;
using Entente.Storage.Sqlite;
using Entente.Web;

namespace Entente.Cli.Commands;

/// <summary>`entente serve [--urls URL] [--db PATH] [--log-format auto|plain|json]`: the API and the web app.</summary>
internal static class ServeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen, ;-separated; the default listens on this machine only", DefaultValueFactory = _ => ServerOptions.DefaultUrls };
        var db = CommonOptions.Db();
        var logFormat = new Option<LogFormat>("--log-format") { Description = "auto (JSON when output is not a terminal), plain or json", DefaultValueFactory = _ => LogFormat.Auto };
        var writes = new Option<int>("--writes-per-minute") { Description = "Writes (accept, reject, documents) each API key may make per minute", DefaultValueFactory = _ => 60 };
        var webRoot = new Option<string?>("--web-root") { Description = "Serve the web app from this folder instead of the one installed beside entente (for app development)" };
        var command = new Command("serve", "Serve the REST API and the web app over the database") { urls, db, logFormat, writes, webRoot };
        command.SetAction(result => EntenteCommand.Guard(environment, () =>
        {
            _ = environment.Today; // a bad ENTENTE_TODAY is refused now, not on every request
            var path = result.GetValue(db) ?? DefaultDatabase.Path();
            // Open once here so a new database is created and filled before the first request.
            using (environment.OpenStore(path))
            {
            }
            var root = result.GetValue(webRoot);
            if (root is not null && !Directory.Exists(root))
                throw new UserError($"--web-root {root} is not a folder.");
            var options = new ServerOptions
            {
                WebRoot = root ?? Path.Combine(AppContext.BaseDirectory, "wwwroot"),
                Urls = CheckUrls(result.GetValue(urls) ?? ServerOptions.DefaultUrls),
                OpenStore = () => SqliteKnowledgeStore.Open(path, create: false),
                DatabaseName = Path.GetFullPath(path),
                Today = () => environment.Today,
                LogFormat = result.GetValue(logFormat),
                WritesPerMinute = result.GetValue(writes) is > 0 and var perMinute ? perMinute : throw new UserError("--writes-per-minute must be at least 1."),
            };
            using var app = EntenteServer.Build(options);
            app.Run();
            return 0;
        }));
        return command;
    }

    /// <summary>Refuses what Kestrel would only refuse with a stack trace: not a URL, or not plain http.</summary>
    private static string CheckUrls(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || uri.Scheme != Uri.UriSchemeHttp || uri.AbsolutePath != "/")
                throw new UserError($"--urls '{url}' is not an address to listen on; use http://HOST:PORT, e.g. {ServerOptions.DefaultUrls} (TLS belongs to a reverse proxy in front).");
        }
        return urls;
    }
}
