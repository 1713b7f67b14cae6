using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Tests;

/// <summary>
/// AddDocument runs its own transaction on prepared statements (BEGIN IMMEDIATE … COMMIT): another
/// writer on the same file must make it wait, not fail, and a refused document must leave nothing open.
/// </summary>
public sealed class SqliteDocumentWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-docwriter-").FullName;

    [Fact]
    public async Task A_document_waits_for_another_connections_write_and_is_then_stored()
    {
        var path = Path.Combine(_folder, "busy.db");
        using var store = SqliteKnowledgeStore.Open(path);
        store.Write(StoreContract.Sample());
        using var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        other.Open();
        Execute(other, "BEGIN IMMEDIATE; UPDATE meta SET value = value WHERE key = 'data_version'");

        var adding = Task.Run(() => store.AddDocument(Doc("w1"), DocSource("w1"), [Claim("w1")], []));
        Execute(other, "COMMIT");
        var written = await adding.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(written.Added);
        Assert.Equal(1, written.ClaimsAdded);
        Assert.True(store.HasDocument("w1"));
    }

    [Fact]
    public void A_refused_document_leaves_no_transaction_open_for_the_next_write()
    {
        var path = Path.Combine(_folder, "refused.db");
        using var store = SqliteKnowledgeStore.Open(path);
        store.Write(StoreContract.Sample());

        Assert.Throws<StoreException>(() => store.AddDocument(Doc("r1"), DocSource("r1"), [Claim("r1", "atlantis")], []));
        Assert.Null(store.GetSource("doc-r1"));
        Assert.False(store.HasDocument("r1"));
        var batch = store.Write(new KnowledgeBatch([], [new Source("s-after", "After", "Somebody", Reliability.Parse("B2"))], []));
        var again = store.AddDocument(Doc("r1"), DocSource("r1"), [Claim("r1")], []);

        Assert.Equal(1, batch.Sources);
        Assert.True(again.Added);
        Assert.NotNull(store.GetSource("doc-r1"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Document Doc(string hash) => new(hash, "doc-" + hash, "Iran arms Syria.") { Extractor = "test" };

    private static Source DocSource(string hash) => new("doc-" + hash, "Report " + hash, "Somebody", Reliability.Parse("F6"));

    private static Claim Claim(string hash, string @object = "syria") => new("iran", @object, "doc-" + hash)
    {
        Relation = RelationType.Ally, Quote = "Iran arms Syria.", QuoteStart = 0, QuoteEnd = 16, ProducedBy = "test",
    };

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
