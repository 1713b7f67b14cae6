using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>
/// The claims of ingested documents go in unlisted: kept out of the by-actor and by-status indexes,
/// because each claim would dirty its own actor's index page and every dirty page is written out again
/// at every document's commit. Once the unlisted claims span <see cref="Batch"/> ids, the document
/// that crosses the line lists them all in its own transaction, where each index page takes many of
/// them at once. Reads look at the listed claims through the indexes and at the few unlisted ones
/// through ix_claims_unlisted (see SqliteKnowledgeStore.Read).
/// </summary>
internal sealed class UnlistedClaims : IDisposable
{
    /// <summary>
    /// At most this many ids unlisted: ~500 documents' claims. Larger batches list more cheaply per claim
    /// but every read scans the unlisted claims; a few thousand cost a read about a millisecond.
    /// </summary>
    public const int Batch = 4096;

    private readonly SqliteCommand _span;
    private readonly SqliteCommand _list;

    public UnlistedClaims(SqliteConnection connection)
    {
        _span = DocumentStatements.Prepared(connection, """
            SELECT (SELECT id FROM claims WHERE listed IS NULL ORDER BY id DESC LIMIT 1)
                 - (SELECT id FROM claims WHERE listed IS NULL ORDER BY id LIMIT 1)
            """);
        _list = DocumentStatements.Prepared(connection, "UPDATE claims SET listed = 1 WHERE listed IS NULL");
    }

    /// <summary>Lists the unlisted claims when they span a batch; true when it did.</summary>
    public bool ListWhenFull(SqliteTransaction transaction)
    {
        _span.Transaction = transaction;
        if (_span.ExecuteScalar() is not long span || span + 1 < Batch)
            return false;
        _list.Transaction = transaction;
        _list.ExecuteNonQuery();
        return true;
    }

    public void Dispose()
    {
        _span.Dispose();
        _list.Dispose();
    }
}
