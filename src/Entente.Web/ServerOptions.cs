using Entente.Storage;

namespace Entente.Web;

/// <summary>What `entente serve` is told: where to listen, which database, how to log, what day it is.</summary>
public sealed record ServerOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Semicolon-separated listen addresses; loopback unless the user names another.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Opens one connection to the database; the server keeps a few, one per concurrent request.</summary>
    public required Func<IKnowledgeStore> OpenStore { get; init; }

    /// <summary>Shown in the start-up log line only.</summary>
    public string DatabaseName { get; init; } = "";

    /// <summary>"Today", asked on every uncached answer (pinned by ENTENTE_TODAY in tests).</summary>
    public required Func<DateOnly> Today { get; init; }

    /// <summary>Writes (accept, reject, documents) each API key may make per minute.</summary>
    public int WritesPerMinute { get; init; } = 60;

    public LogFormat LogFormat { get; init; } = LogFormat.Auto;

    /// <summary>Where the browser app's built files are; the folder beside the program by default.</summary>
    public string WebRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");
}

/// <summary>Console logs for a person (one line per event) or for a collector (one JSON object per line).</summary>
public enum LogFormat
{
    /// <summary>JSON when standard output is not a terminal, plain lines when it is.</summary>
    Auto,
    Plain,
    Json,
}
