using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Tests;

public sealed class SqliteStoreTests : DocumentStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-store-").FullName;

    protected override IKnowledgeStore NewStore() => SqliteKnowledgeStore.Open(Path.Combine(_folder, $"{Guid.NewGuid():N}.db"));

    [Fact]
    public void A_new_database_is_at_the_latest_schema_in_wal_mode()
    {
        var path = Path.Combine(_folder, "new.db");
        using (var store = SqliteKnowledgeStore.Open(path))
            Assert.Equal(Migrations.All.Count, store.SchemaVersion);

        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void A_database_from_an_older_schema_is_migrated_and_keeps_its_data()
    {
        var path = Path.Combine(_folder, "v1.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Migrations.All[0] + "; INSERT INTO actors (id, kind, name) VALUES ('iran', 'state', 'Iran'); PRAGMA user_version = 1;";
            command.ExecuteNonQuery();
        }

        using var store = SqliteKnowledgeStore.Open(path);

        Assert.Equal(Migrations.All.Count, store.SchemaVersion);
        Assert.Equal("Iran", store.GetActor("iran")!.Name);
        Assert.False(store.HasDocument("anything"));
    }

    [Fact]
    public void Reopening_keeps_what_was_stored()
    {
        var path = Path.Combine(_folder, "keep.db");
        using (var store = SqliteKnowledgeStore.Open(path))
            store.Write(Sample());
        using var again = SqliteKnowledgeStore.Open(path, create: false);
        Assert.Equal(5, again.Counts().Claims);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_and_left_alone()
    {
        var path = Path.Combine(_folder, "notes.db");
        File.WriteAllText(path, "these are my notes, not a database; please do not overwrite them.");

        var error = Assert.Throws<StoreException>(() => SqliteKnowledgeStore.Open(path));

        Assert.Contains("not a usable Entente database", error.Message);
        Assert.StartsWith("these are my notes", File.ReadAllText(path));
    }

    [Fact]
    public void Another_programs_sqlite_file_is_refused()
    {
        var path = Path.Combine(_folder, "other.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE songs (title TEXT)";
            command.ExecuteNonQuery();
        }
        var error = Assert.Throws<StoreException>(() => SqliteKnowledgeStore.Open(path));
        Assert.Contains("did not create", error.Message);
    }

    [Fact]
    public void Opening_without_create_says_how_to_make_one()
    {
        var error = Assert.Throws<StoreException>(() => SqliteKnowledgeStore.Open(Path.Combine(_folder, "missing.db"), create: false));
        Assert.Contains("entente init", error.Message);
    }

    [Fact]
    public void A_new_document_raises_the_data_version_by_one_without_writing_the_meta_row()
    {
        var path = Path.Combine(_folder, "version.db");
        using var store = SqliteKnowledgeStore.Open(path);
        store.Write(Sample());
        var version = store.DataVersion;
        var counter = MetaCounter(path);

        store.AddDocument(new Document("v1", "doc-v1", "Iran arms Hezbollah.") { Extractor = "test" },
            new Source("doc-v1", "A report", "Somebody", Reliability.Parse("F6")), [], []);
        var afterDocument = store.DataVersion;
        store.SetClaimStatus(store.GetClaims(new ClaimQuery(Status: ClaimStatus.Candidate)).First().Id, ClaimStatus.Accepted);

        Assert.Equal(version + 1, afterDocument);
        Assert.Equal(counter + 1, MetaCounter(path));
        Assert.Equal(afterDocument + 1, store.DataVersion);
    }

    private static long MetaCounter(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = 'data_version'";
        return long.Parse((string)command.ExecuteScalar()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
