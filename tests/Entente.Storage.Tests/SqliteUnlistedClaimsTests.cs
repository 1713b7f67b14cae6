using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Tests;

/// <summary>
/// Claims of ingested documents go in unlisted and are listed a batch at a time (schema 6): every read
/// must find them the same before and after, and a document whose listing or claims the database refuses
/// stores nothing and loses nothing stored before.
/// </summary>
public sealed class SqliteUnlistedClaimsTests : IDisposable
{
    private const int ClaimsPerDocument = 50;

    private readonly string _folder = Directory.CreateTempSubdirectory("entente-unlisted-").FullName;

    [Fact]
    public void Claims_of_documents_read_the_same_before_and_after_they_are_listed()
    {
        var path = Path.Combine(_folder, "listing.db");
        using var store = SqliteKnowledgeStore.Open(path);
        store.Write(StoreContract.Sample());
        AddDocuments(store, 0, 3);
        var unlistedBefore = Unlisted(path);
        var before = Reads(store);

        var documentsToFillABatch = UnlistedClaims.Batch / ClaimsPerDocument + 1;
        AddDocuments(store, 3, documentsToFillABatch);
        var after = Reads(store);

        Assert.Equal(3 * ClaimsPerDocument, unlistedBefore);
        Assert.True(Unlisted(path) < UnlistedClaims.Batch, "the unlisted claims were never listed");
        Assert.Equal(Expected(3), before);
        var total = 3 + documentsToFillABatch;
        Assert.Equal(Expected(total), after);
        Assert.Equal(5 + ClaimsPerDocument * total, store.Counts().Claims);
    }

    [Fact]
    public void An_unlisted_claim_accepted_by_an_analyst_counts_in_answers_at_once()
    {
        var path = Path.Combine(_folder, "accept.db");
        using var store = SqliteKnowledgeStore.Open(path);
        store.Write(StoreContract.Sample());
        AddDocuments(store, 0, 1);
        var candidate = store.GetClaims(new ClaimQuery("syria", ClaimStatus.Candidate)).First();
        var accepted = store.Counts().AcceptedClaims;

        store.SetClaimStatus(candidate.Id, ClaimStatus.Accepted);

        Assert.Equal(ClaimsPerDocument, Unlisted(path));
        Assert.Equal(accepted + 1, store.Counts().AcceptedClaims);
        Assert.Contains(store.LoadSlice("syria")!.Claims, c => c.Id == candidate.Id);
        Assert.Contains(store.GetClaims(new ClaimQuery("iran", ClaimStatus.Accepted)), c => c.Id == candidate.Id);
    }

    [Fact]
    public void A_listing_that_fails_stores_nothing_of_its_document_and_loses_nothing_stored_before()
    {
        var path = Path.Combine(_folder, "failed-listing.db");
        using var store = SqliteKnowledgeStore.Open(path);
        store.Write(StoreContract.Sample());
        var belowABatch = UnlistedClaims.Batch / ClaimsPerDocument;
        AddDocuments(store, 0, belowABatch);
        var before = Reads(store);
        // A trigger stands in for a constraint the listing might hit: it ends the transaction as OR ROLLBACK would.
        Execute(path, "CREATE TRIGGER refuse_listing BEFORE UPDATE OF listed ON claims BEGIN SELECT RAISE(ROLLBACK, 'listing refused'); END");

        var failure = Assert.Throws<StoreException>(() => AddDocuments(store, belowABatch, 1));

        Assert.StartsWith("Nothing of ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("listing refused", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("actor", failure.Message, StringComparison.Ordinal);
        Assert.False(store.HasDocument($"h{belowABatch}"));
        Assert.Equal(before, Reads(store));
        Assert.Equal(ClaimsPerDocument * belowABatch, Unlisted(path));

        Execute(path, "DROP TRIGGER refuse_listing");
        AddDocuments(store, belowABatch, 1);

        Assert.True(store.HasDocument($"h{belowABatch}"));
        Assert.Equal(Expected(belowABatch + 1), Reads(store));
        Assert.True(Unlisted(path) < UnlistedClaims.Batch, "the document that crossed the batch did not list the claims");
    }

    [Fact]
    public void A_document_whose_claim_names_an_unknown_actor_is_refused_for_that_reason()
    {
        using var store = SqliteKnowledgeStore.Open(Path.Combine(_folder, "unknown-actor.db"));
        store.Write(StoreContract.Sample());
        var claim = new Claim("iran", "atlantis", "doc-x") { Relation = RelationType.Ally, Quote = "Quote.", QuoteStart = 0, QuoteEnd = 6, ProducedBy = "test" };

        var failure = Assert.Throws<StoreException>(() => store.AddDocument(new Document("hx", "doc-x", "text") { Extractor = "test", Path = "/tmp/x.txt" },
            new Source("doc-x", "Report", "Somebody", Reliability.Parse("F6")), [claim], []));

        Assert.StartsWith("Nothing of /tmp/x.txt was stored: a claim refers to an actor the database does not have", failure.Message, StringComparison.Ordinal);
        Assert.False(store.HasDocument("hx"));
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Each document: half its claims Iran–Syria candidates, half Iran–Hezbollah accepted, all about Iran.</summary>
    private static void AddDocuments(SqliteKnowledgeStore store, int first, int count)
    {
        for (var d = first; d < first + count; d++)
        {
            var hash = $"h{d}";
            var claims = Enumerable.Range(0, ClaimsPerDocument).Select(i => new Claim("iran", i % 2 == 0 ? "syria" : "hezbollah", "doc-" + hash)
            {
                Relation = RelationType.Ally, Quote = $"Quote {i}.", QuoteStart = i, QuoteEnd = i + 8, ProducedBy = "test",
                Status = i % 2 == 0 ? ClaimStatus.Candidate : ClaimStatus.Accepted,
            }).ToList();
            var written = store.AddDocument(new Document(hash, "doc-" + hash, "text") { Extractor = "test" },
                new Source("doc-" + hash, "Report", "Somebody", Reliability.Parse("F6")), claims, []);
            Assert.Equal(ClaimsPerDocument, written.ClaimsAdded);
        }
    }

    /// <summary>Syria's claims, Iran's claims, Hezbollah's accepted claims in Iran's answer, one document's claims, accepted claims.</summary>
    private static (int, int, int, int, int) Reads(SqliteKnowledgeStore store) => (
        store.GetClaims(new ClaimQuery("syria", Limit: int.MaxValue)).Count,
        store.GetClaims(new ClaimQuery("iran", Limit: int.MaxValue)).Count,
        store.LoadSlice("iran")!.Claims.Count(c => c.Object == "hezbollah"),
        store.GetClaims(new ClaimQuery(Limit: int.MaxValue) { DocumentHash = "h1" }).Count,
        store.Counts().AcceptedClaims);

    /// <summary>What <see cref="Reads"/> must find after <paramref name="documents"/> documents, with the sample's 3 claims about Iran (4 accepted, 1 Iran–Hezbollah).</summary>
    private static (int, int, int, int, int) Expected(int documents) =>
        (ClaimsPerDocument / 2 * documents, ClaimsPerDocument * documents + 3, ClaimsPerDocument / 2 * documents + 1, ClaimsPerDocument, ClaimsPerDocument / 2 * documents + 4);

    private static long Unlisted(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM claims WHERE listed IS NULL";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
