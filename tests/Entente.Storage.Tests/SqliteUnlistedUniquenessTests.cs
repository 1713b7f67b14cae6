using Entente.Storage.Sqlite;

namespace Entente.Storage.Tests;

/// <summary>
/// Schema 7's unique key holds listed claims only; unlisted claims of documents are kept unique by
/// AddDocument itself. The same claim must never be stored twice, whichever way it comes in.
/// </summary>
public sealed class SqliteUnlistedUniquenessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-unique-").FullName;

    private static Document Doc(string hash) => new(hash, "doc-" + hash, "Iran arms Hezbollah.") { Extractor = "test" };

    private static Source DocSource(string hash) => new("doc-" + hash, "A report", "Somebody", Reliability.Parse("F6"));

    private static Claim Extracted(string hash) =>
        new("iran", "hezbollah", "doc-" + hash) { Relation = RelationType.Proxy, Quote = "Iran arms Hezbollah.", QuoteStart = 0, QuoteEnd = 20, ProducedBy = "test" };

    private SqliteKnowledgeStore NewStore()
    {
        var store = SqliteKnowledgeStore.Open(Path.Combine(_folder, $"{Guid.NewGuid():N}.db"));
        store.Write(StoreContract.Sample());
        return store;
    }

    [Fact]
    public void A_claim_a_document_makes_twice_is_stored_once_and_lists_without_error()
    {
        using var store = NewStore();

        var written = store.AddDocument(Doc("d1"), DocSource("d1"), [Extracted("d1"), Extracted("d1"), Extracted("d1") with { Hedged = true }], []);
        store.Write(new KnowledgeBatch([], [], [Extracted("d1")]));

        Assert.Equal(2, written.ClaimsAdded);
        Assert.Equal(2, store.GetClaims(new ClaimQuery(Limit: 100) { DocumentHash = "d1" }).Count);
        Assert.Equal(7, store.Counts().Claims);
    }

    [Fact]
    public void A_document_whose_source_an_import_stored_with_its_claim_does_not_store_the_claim_again()
    {
        using var store = NewStore();
        store.Write(new KnowledgeBatch([], [DocSource("d2")], [Extracted("d2")]));

        var written = store.AddDocument(Doc("d2"), DocSource("d2"), [Extracted("d2"), Extracted("d2") with { Hedged = true }], []);

        Assert.Equal(1, written.ClaimsAdded);
        Assert.Equal(7, store.Counts().Claims);
    }

    [Fact]
    public void A_document_citing_another_stored_source_does_not_store_its_claim_again()
    {
        using var store = NewStore();
        store.AddDocument(Doc("d3"), DocSource("d3"), [Extracted("d3")], []);

        var written = store.AddDocument(Doc("d4"), DocSource("d4"), [Extracted("d3"), Extracted("d4")], []);

        Assert.Equal(1, written.ClaimsAdded);
        Assert.Equal(7, store.Counts().Claims);
    }

    [Fact]
    public void Claims_of_an_unlisted_document_imported_again_are_recognised()
    {
        using var store = NewStore();
        store.AddDocument(Doc("d5"), DocSource("d5"), [Extracted("d5")], []);

        var again = store.Write(new KnowledgeBatch([], [DocSource("d5")], [Extracted("d5")]) { Documents = [Doc("d5")] });
        var more = store.AddDocument(Doc("d6"), DocSource("d6"), [Extracted("d6")], []);

        Assert.Equal((0, 1), (again.ClaimsAdded, again.ClaimsAlreadyStored));
        Assert.Equal(1, more.ClaimsAdded);
        Assert.Equal(7, store.Counts().Claims);
        Assert.Equal(7, store.GetClaims(new ClaimQuery(Limit: 100)).Count);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
