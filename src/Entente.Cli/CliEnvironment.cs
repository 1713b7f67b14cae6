using System.Globalization;
using Entente.Formats.Bundled;
using Entente.Storage;
using Entente.Storage.Sqlite;

namespace Entente.Cli;

/// <summary>What every command shares: output streams, "today", and how the database is opened.</summary>
public sealed class CliEnvironment(TextWriter output, TextWriter error, TimeProvider clock)
{
    /// <summary>Where interactive commands (review) read answers; standard input unless a test gives another.</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>Colour only for a terminal that has not asked for none (NO_COLOR).</summary>
    public bool Color { get; init; }

    public int Width { get; init; } = 120;

    /// <summary>Progress bars only when stderr is a terminal.</summary>
    public bool Progress { get; init; }

    /// <summary>Today, from the clock; ENTENTE_TODAY (YYYY-MM-DD) pins it for reproducible reports and tests.</summary>
    public DateOnly Today
    {
        get
        {
            var pinned = Environment.GetEnvironmentVariable("ENTENTE_TODAY");
            if (!string.IsNullOrWhiteSpace(pinned))
                return DateOnly.TryParseExact(pinned, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    ? day
                    : throw new UserError($"ENTENTE_TODAY is '{pinned}'; it must be a date such as 2026-01-15.");
            return DateOnly.FromDateTime(clock.GetLocalNow().Date);
        }
    }

    /// <summary>Opens the database, creating it with the bundled knowledge when the file does not exist yet.</summary>
    public IKnowledgeStore OpenStore(string? path)
    {
        var file = path ?? DefaultDatabase.Path();
        var isNew = !File.Exists(file);
        var store = SqliteKnowledgeStore.Open(file);
        if (isNew)
        {
            var counts = Fill(store, empty: false);
            Error.WriteLine($"Created {store.Path} with the bundled knowledge ({counts.Actors} actors, {counts.Claims} claims).");
        }
        return store;
    }

    public static StoreCounts Fill(IKnowledgeStore store, bool empty)
    {
        var bundled = BundledKnowledge.Load();
        if (bundled.Problems.Count > 0)
            throw new InvalidOperationException("The bundled knowledge is invalid:\n" + string.Join('\n', bundled.Problems));
        store.Write(empty ? bundled.ActorsOnly : bundled.Batch);
        return store.Counts();
    }
}
