using Entente.Storage.Sqlite;

namespace Entente.Web.BrowserTests.Infrastructure;

/// <summary>
/// A candidate claim whose quote and source title carry markup that would run if the app ever
/// inserted document text as HTML. Each payload sets a window flag the tests check stays unset.
/// </summary>
public static class HostileClaim
{
    public const string Flag = "__ententeXss";
    public const string ScriptPayload = "<script>window.__ententeXss = 'script'</script>";
    public const string ImagePayload = "<img src=x onerror=\"window.__ententeXss = 'onerror'\">";
    public const string Quote = $"Iran keeps arming Hezbollah {ScriptPayload} {ImagePayload} officials said.";
    public const string SourceTitle = $"Leaked cable {ImagePayload}";
    public const string SourcePublisher = "Test Wire <b>bold</b>";

    /// <summary>A second candidate, for the test that accepts it (the first stays a candidate).</summary>
    public const string AcceptQuote = $"Tehran trains Hamas fighters {ScriptPayload} according to the cable.";
    public const string SourceId = "browser-test-hostile-source";

    public static void Seed(string database)
    {
        using var store = SqliteKnowledgeStore.Open(database);
        var source = new Source(SourceId, SourceTitle, SourcePublisher, Reliability.Parse("C3"))
        {
            Url = "https://example.org/cable?x=<script>",
            Published = PartialDate.Parse("2025-03-01"),
        };
        var claim = new Claim("iran", "hezbollah", SourceId)
        {
            Relation = RelationType.Proxy,
            Areas = [Area.Weapons],
            Directed = true,
            Quote = Quote,
            ProducedBy = "browser-tests",
            Status = ClaimStatus.Candidate,
            Validity = Validity.Always,
        };
        var toAccept = claim with { Object = "hamas", Areas = [Area.Training], Quote = AcceptQuote };
        store.Write(new KnowledgeBatch([], [source], [claim, toAccept]));
    }
}
