using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Tests;

/// <summary>Schema 5 re-keys claims by (source, fingerprint): claims stored before must still be recognised.</summary>
public sealed class SqliteClaimKeyMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-rekey-").FullName;

    private static readonly Claim Stored = new("iran", "syria", "s1")
    {
        Relation = RelationType.Ally, Validity = new Validity(PartialDate.Parse("1980"), null), Note = "n", ProducedBy = "test", Status = ClaimStatus.Accepted,
    };

    [Fact]
    public void Claims_stored_under_schema_4_keep_their_ids_and_are_not_stored_twice()
    {
        var path = Path.Combine(_folder, "v4.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Join(";\n", Migrations.All.Take(4)) + $"""
                ;
                INSERT INTO actors (id, kind, name) VALUES ('iran', 'state', 'Iran'), ('syria', 'state', 'Syria');
                INSERT INTO sources (id, title, publisher, reliability) VALUES ('s1', 'T', 'P', 'B2');
                INSERT INTO claims (id, subject_id, object_id, relation, directed, polarity, hedged, valid_from, source_id, note, produced_by, status, fingerprint)
                VALUES (41, 'iran', 'syria', 'ally', 0, 'asserts', 0, '1980', 's1', 'n', 'test', 'accepted', '{ClaimFingerprint.Of(Stored)}');
                PRAGMA user_version = 4;
                """;
            command.ExecuteNonQuery();
        }

        using var store = SqliteKnowledgeStore.Open(path);
        var again = store.Write(new KnowledgeBatch([], [], [Stored]));
        var other = store.Write(new KnowledgeBatch([], [], [Stored with { Note = "another note" }]));

        Assert.Equal(Migrations.All.Count, store.SchemaVersion);
        Assert.Equal((0, 1), (again.ClaimsAdded, again.ClaimsAlreadyStored));
        Assert.Equal(1, other.ClaimsAdded);
        Assert.Equal(41, store.GetClaims(new ClaimQuery("iran")).First().Id);
        Assert.Equal(2, store.Counts().Claims);
    }

    [Fact]
    public void The_migrated_claims_table_keeps_every_index_reads_use()
    {
        using (SqliteKnowledgeStore.Open(Path.Combine(_folder, "new.db")))
        {
        }
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "new.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' AND sql IS NOT NULL ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
            names.Add(reader.GetString(0));

        Assert.Equal(["ix_claims_object", "ix_claims_status", "ix_claims_subject", "ux_claims_source_key"], names);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
