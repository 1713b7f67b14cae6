using System.Globalization;
using Entente.Resolution;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode, schema brought up to date on open.</summary>
public sealed partial class SqliteKnowledgeStore : IKnowledgeStore
{
    private readonly SqliteConnection _connection;
    private DocumentStatements? _statements;

    private SqliteKnowledgeStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
        Names = new SqliteActorNames(connection);
    }

    public string Path { get; }

    public IActorNames Names { get; }

    /// <summary>Opens (and creates, when <paramref name="create"/> is set) the database at <paramref name="path"/>.</summary>
    public static SqliteKnowledgeStore Open(string path, bool create = true)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!create && !File.Exists(full))
            throw new StoreException($"No database at {full}. Create one with `entente init --db {path}`.");
        if (Directory.Exists(full))
            throw new StoreException($"{full} is a directory; --db takes the path of a database file.");
        var folder = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;");
            // Checkpoints (copy the log into the database, then fsync) took a large share of an ingest's
            // storage CPU at the default of every 1,000 pages; every 10,000 (40 MB of log), a page many
            // documents rewrote is copied once. After a checkpoint the log file is cut back to 64 MB.
            // synchronous stays NORMAL: a committed document must survive a crash of the program.
            Execute(connection, "PRAGMA wal_autocheckpoint = 10000; PRAGMA journal_size_limit = 67108864;");
            // Each new document looks up and writes a random leaf of the source ids and of the content
            // hashes, and each listing hundreds of leaves of the claim key. The default cache (2 MB, 500
            // pages) missed most of them, and every miss is a read from the log or the file. Not larger:
            // at every commit SQLite walks the cache's hash table (pcache1TruncateUnsafe), which grows with
            // the pages held; at 64 MB that walk was a tenth of storage's CPU.
            Execute(connection, "PRAGMA cache_size = -16384;");
            Migrate(connection, full);
            return new SqliteKnowledgeStore(connection, full);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{full} is not a usable Entente database ({e.Message.TrimEnd('.')}). Point --db at another file, or move this one away.", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);

    /// <summary>
    /// The counter in meta, which every write but a new document bumps, plus the newest document's id:
    /// a new document raises it by one without writing the meta page at its commit (documents are
    /// never deleted, so the newest id only grows).
    /// </summary>
    public long DataVersion => Convert.ToInt64(Scalar(
        "SELECT CAST(value AS INTEGER) + coalesce((SELECT max(id) FROM documents), 0) FROM meta WHERE key = 'data_version'"), CultureInfo.InvariantCulture);

    public StoreCounts Counts()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT (SELECT count(*) FROM actors), (SELECT count(*) FROM sources), (SELECT count(*) FROM claims),
                   (SELECT count(*) FROM claims WHERE listed = 1 AND status = 'accepted')
                   + (SELECT count(*) FROM claims WHERE {UnlistedClaims.Filter} AND status = 'accepted')
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
    }

    /// <summary>Prepared on the first document, kept until the store is closed.</summary>
    internal DocumentStatements Statements => _statements ??= new DocumentStatements(_connection);

    internal SqliteConnection Connection => _connection;

    public void Dispose()
    {
        _statements?.Dispose();
        _connection.Dispose();
    }

    private static void Migrate(SqliteConnection connection, string path)
    {
        using var versionCommand = connection.CreateCommand();
        versionCommand.CommandText = "PRAGMA user_version";
        var version = Convert.ToInt32(versionCommand.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (version > Migrations.All.Count)
            throw new StoreException($"{path} has schema version {version}, newer than this Entente knows ({Migrations.All.Count}). Update Entente.");
        if (version == 0)
            EnsureEmptyOrOurs(connection, path);
        for (var next = version; next < Migrations.All.Count; next++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, Migrations.All[next], transaction);
            Execute(connection, $"PRAGMA user_version = {next + 1}", transaction);
            transaction.Commit();
        }
    }

    /// <summary>Refuses to write our schema into someone else's SQLite file.</summary>
    private static void EnsureEmptyOrOurs(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        if (Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
            throw new StoreException($"{path} is a SQLite database that Entente did not create. Point --db at another file.");
    }

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
