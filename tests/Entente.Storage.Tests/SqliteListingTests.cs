using Entente.Storage.Sqlite;

namespace Entente.Storage.Tests;

/// <summary>The whole-table reads export uses, and documents written with a batch (an export read back).</summary>
public sealed class SqliteListingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-listing-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static readonly Actor Iran = new("iran", ActorKind.State, "Iran");
    private static readonly Actor Hezbollah = new("hezbollah", ActorKind.NonStateArmedGroup, "Hezbollah");
    private static readonly Source Cited = new("s-cited", "Cited", "P", Reliability.Parse("B2"));
    private static readonly Source Uncited = new("s-uncited", "Never cited", "P", Reliability.Parse("C3"));
    private static readonly Source Article = new("doc-1", "An article", "Wire", Reliability.Parse("B2")) { ContentHash = "hash-1" };

    private static readonly Document ArticleText = new("hash-1", "doc-1", "Iran arms Hezbollah.")
    {
        Title = "An article", Path = "/tmp/a.txt", Published = PartialDate.Parse("2025-03"), Extractor = "test/1",
    };

    private static KnowledgeBatch Batch() => new(
        [Iran, Hezbollah],
        [Uncited, Cited, Article],
        [new Claim("iran", "hezbollah", "s-cited") { Relation = RelationType.Proxy }, new Claim("iran", "hezbollah", "doc-1") { Relation = RelationType.Ally }])
    {
        Documents = [ArticleText],
    };

    [Fact]
    public void All_sources_include_those_no_claim_cites_ordered_by_id()
    {
        using var store = SqliteKnowledgeStore.Open(Path.Combine(_folder, "a.db"));
        store.Write(Batch());

        Assert.Equal(["doc-1", "s-cited", "s-uncited"], store.AllSources().Select(s => s.Id));
        Assert.Equal(Uncited, store.AllSources().Single(s => s.Id == "s-uncited"));
    }

    [Fact]
    public void Documents_in_a_batch_are_stored_once_with_every_field_and_read_back_whole()
    {
        using var store = SqliteKnowledgeStore.Open(Path.Combine(_folder, "b.db"));

        var first = store.Write(Batch());
        var version = store.DataVersion;
        var second = store.Write(Batch());

        Assert.Equal(1, first.DocumentsAdded);
        Assert.Equal(0, second.DocumentsAdded);
        Assert.Equal(version, store.DataVersion);
        Assert.True(store.HasDocument("hash-1"));
        Assert.Equal([ArticleText], store.AllDocuments());
        Assert.Equal(ArticleText, store.ReadAll().Documents.Single());
    }

    [Fact]
    public void A_document_whose_source_is_unknown_stores_nothing_of_the_batch()
    {
        using var store = SqliteKnowledgeStore.Open(Path.Combine(_folder, "c.db"));

        Assert.Throws<StoreException>(() => store.Write(new KnowledgeBatch([Iran], [], []) { Documents = [ArticleText] }));

        Assert.Empty(store.AllDocuments());
        Assert.Null(store.GetActor("iran"));
    }
}
