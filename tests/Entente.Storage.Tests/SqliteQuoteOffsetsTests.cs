using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Tests;

/// <summary>
/// Schema 7 keeps a document claim's quote as offsets into the document's text when the text gives it
/// back exactly: every read must return the quote the claim was stored with, stored or not.
/// </summary>
public sealed class SqliteQuoteOffsetsTests : IDisposable
{
    // The emoji is a surrogate pair: after it, UTF-16 offsets and SQLite's character count disagree.
    private const string Text = "Iran arms Hezbollah. Syria hosts Hezbollah 😀 and Iran backs Syria.";

    private readonly string _folder = Directory.CreateTempSubdirectory("entente-quotes-").FullName;

    private static Claim Quoted(string to, string quote, int start, int end, ClaimStatus status = ClaimStatus.Candidate) =>
        new("iran", to, "doc-hq")
        {
            Relation = RelationType.Ally, Quote = quote, QuoteStart = start, QuoteEnd = end, ProducedBy = "test", Status = status,
        };

    private static readonly Claim Before = Quoted("hezbollah", "Iran arms Hezbollah.", 0, 20, ClaimStatus.Accepted);
    private static readonly Claim Empty = Quoted("lebanon", "", 5, 5);
    private static readonly Claim AfterTheEmoji = Quoted("syria", "Iran backs Syria.", Text.IndexOf("Iran backs", StringComparison.Ordinal), Text.Length);
    private static readonly Claim Elsewhere = Quoted("assad-government", "Not in the text at all.", 0, 23);

    [Fact]
    public void Quotes_read_back_the_same_whether_stored_or_taken_from_the_text()
    {
        var path = Path.Combine(_folder, "quotes.db");
        using var store = SqliteKnowledgeStore.Open(path);
        store.Write(StoreContract.Sample());
        store.AddDocument(new Document("hq", "doc-hq", Text) { Extractor = "test" }, new Source("doc-hq", "Report", "Somebody", Reliability.Parse("F6")),
            [Before, Empty, AfterTheEmoji, Elsewhere], []);

        var byDocument = store.GetClaims(new ClaimQuery(Limit: 100) { DocumentHash = "hq" }).ToDictionary(c => c.Object, c => c.Quote);

        Assert.Equal(
            new Dictionary<string, string?> { ["hezbollah"] = Before.Quote, ["lebanon"] = "", ["syria"] = AfterTheEmoji.Quote, ["assad-government"] = Elsewhere.Quote },
            byDocument);
        Assert.Equal(["hezbollah", "lebanon"], ClaimsWithoutQuote(path));
        var accepted = Assert.Single(store.LoadSlice("hezbollah")!.Claims, c => c.SourceId == "doc-hq");
        Assert.Equal(Before.Quote, accepted.Quote);
        Assert.Equal(Before.Quote, store.GetClaim(accepted.Id)!.Quote);
        Assert.Equal(Before.Quote, store.GetClaims(new ClaimQuery("hezbollah", ClaimStatus.Accepted)).Single(c => c.SourceId == "doc-hq").Quote);
    }

    [Fact]
    public void A_quote_after_a_nul_in_the_text_is_stored_and_reads_back_whole()
    {
        const string text = "Head\0line. Iran arms Hezbollah.";
        var path = Path.Combine(_folder, "nul.db");
        using var store = SqliteKnowledgeStore.Open(path);
        store.Write(StoreContract.Sample());
        var start = text.IndexOf("Iran", StringComparison.Ordinal);
        store.AddDocument(new Document("hq", "doc-hq", text) { Extractor = "test" }, new Source("doc-hq", "Report", "Somebody", Reliability.Parse("F6")),
            [Quoted("hezbollah", text[start..], start, text.Length)], []);

        Assert.Equal("Iran arms Hezbollah.", store.GetClaims(new ClaimQuery(Limit: 10) { DocumentHash = "hq" }).Single().Quote);
        Assert.Empty(ClaimsWithoutQuote(path));
    }

    [Fact]
    public void A_schema_6_database_keeps_its_quotes_and_claims_and_lists_what_waited()
    {
        var path = Path.Combine(_folder, "v6.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Join(";\n", Migrations.All.Take(6)) + $"""
                ;
                INSERT INTO actors (id, kind, name) VALUES ('iran', 'state', 'Iran'), ('hezbollah', 'non_state_armed_group', 'Hezbollah'), ('syria', 'state', 'Syria');
                INSERT INTO sources (id, title, publisher, reliability) VALUES ('doc-hq', 'Report', 'Somebody', 'F6');
                INSERT INTO documents (id, content_hash, source_id, text, extractor, ingested_at) VALUES (7, 'hq', 'doc-hq', '{Text}', 'test', 'now');
                INSERT INTO claims (id, subject_id, object_id, relation, directed, polarity, hedged, source_id, quote, quote_start, quote_end,
                                    produced_by, status, fingerprint, document_id, listed, fingerprint_key)
                VALUES (3, 'iran', 'hezbollah', 'ally', 0, 'asserts', 0, 'doc-hq', '{Before.Quote}', 0, 20, 'test', 'accepted', '{ClaimFingerprint.Of(Before)}', 7, 1,
                        unhex('{ClaimFingerprint.Of(Before)[..16]}')),
                       (4, 'iran', 'syria', 'ally', 0, 'asserts', 0, 'doc-hq', '{AfterTheEmoji.Quote}', {AfterTheEmoji.QuoteStart}, {AfterTheEmoji.QuoteEnd}, 'test', 'candidate',
                        '{ClaimFingerprint.Of(AfterTheEmoji)}', 7, NULL, unhex('{ClaimFingerprint.Of(AfterTheEmoji)[..16]}'));
                PRAGMA user_version = 6;
                """;
            command.ExecuteNonQuery();
        }

        using var store = SqliteKnowledgeStore.Open(path);
        var again = store.Write(new KnowledgeBatch([], [], [Before, AfterTheEmoji]));

        Assert.Equal(Migrations.All.Count, store.SchemaVersion);
        Assert.Equal((0, 2), (again.ClaimsAdded, again.ClaimsAlreadyStored));
        Assert.Equal(["hezbollah"], ClaimsWithoutQuote(path));
        Assert.Equal([(3L, Before.Quote), (4L, AfterTheEmoji.Quote)], store.GetClaims(new ClaimQuery("iran")).Select(c => (c.Id, c.Quote)));
        Assert.Equal(0L, Scalar(path, "SELECT count(*) FROM claims WHERE listed IS NULL"));
        Assert.Equal("4", Scalar(path, "SELECT value FROM meta WHERE key = 'listed_through'"));
    }

    /// <summary>The claims of the document whose quote column is NULL (read back from the text), by id.</summary>
    private static List<string> ClaimsWithoutQuote(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT object_id FROM claims WHERE source_id = 'doc-hq' AND quote IS NULL ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(reader.GetString(0));
        return rows;
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
