using Entente.Web.Actors;
using Entente.Web.Answers;
using Entente.Web.Apis;
using Entente.Web.Caching;
using Entente.Web.Hosting;
using Entente.Web.Problems;
using Entente.Web.Security;
using Entente.Web.Stores;
using Microsoft.Extensions.FileProviders;

namespace Entente.Web;

/// <summary>`entente serve`: the REST API and the browser app over one database.</summary>
public static class EntenteServer
{
    /// <summary>A 5 MB document plus room for multipart framing; the document itself is checked against its own limit.</summary>
    public const long MaxRequestBodyBytes = Documents.DocumentUpload.MaxBytes + 64 * 1024;

    public static WebApplication Build(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            // A whole answer (~85 KB of JSON) fits in the response buffer, so a cached write completes without waiting on the socket.
            kestrel.Limits.MaxResponseBufferSize = 1024 * 1024;
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        ServerLogging.Configure(builder.Logging, options.LogFormat);

        // Built by the container (not handed in) so that stopping the server closes the connections.
        builder.Services.AddSingleton(_ => new StorePool(options.OpenStore));
        builder.Services.AddSingleton<DataVersionWatch>();
        builder.Services.AddSingleton<AnswerCache>();
        builder.Services.AddSingleton(new AnswerService(options.Today));
        builder.Services.AddSingleton(sp => new PerVersion<ActorIndex>(
            sp.GetRequiredService<DataVersionWatch>(),
            () => sp.GetRequiredService<StorePool>().Use(store => new ActorIndex(store.AllActors()))));
        // The ingest pipeline's gazetteer is built from the actors; rebuilt when the data change.
        builder.Services.AddSingleton(sp => new PerVersion<Extraction.ExtractionPipeline>(
            sp.GetRequiredService<DataVersionWatch>(),
            () => sp.GetRequiredService<StorePool>().Use(store => new Extraction.ExtractionPipeline(store.AllActors()))));
        builder.Services.AddHostedService<DataVersionPoller>();
        WriteRateLimit.Add(builder.Services, options.WritesPerMinute);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();

        var app = builder.Build();
        app.Services.GetRequiredService<DataVersionWatch>().Refresh();

        // A bug becomes a logged error and a 500 problem document, never a stack trace sent to the client.
        app.UseExceptionHandler();
        app.UseMiddleware<ProblemMiddleware>();
        // Empty 404/405 responses (no such route) become problem details too.
        app.UseStatusCodePages();
        if (Directory.Exists(options.WebRoot))
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(options.WebRoot));
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.UseRateLimiter();

        app.MapOpenApi();
        app.MapHealth();
        var api = app.MapGroup("/api");
        api.MapAllies();
        api.MapActors();
        api.MapRelations();
        api.MapClaims();
        api.MapDocuments();

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            app.Logger.LogInformation("Entente is serving {Database} on {Addresses}", options.DatabaseName, string.Join(", ", app.Urls));
            if (app.Urls.Any(url => !IsLoopback(url)))
                app.Logger.LogWarning("Listening beyond this machine ({Addresses}): anyone who can reach it can read the database; writes still need an API key", string.Join(", ", app.Urls));
        });
        return app;
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip)));
}
