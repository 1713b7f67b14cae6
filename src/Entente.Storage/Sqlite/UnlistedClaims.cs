using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>
/// The claims of ingested documents go in unlisted: kept out of the by-actor and by-status indexes,
/// because each claim would dirty its own actor's index page and every dirty page is written out again
/// at every document's commit. Once the unlisted claims span <see cref="Batch"/> ids, the document
/// that crosses the line lists them all in its own transaction, where each index page takes many of
/// them at once. Reads look at the listed claims through the indexes and at the few unlisted ones
/// through <see cref="Filter"/>: every unlisted claim has an id above meta 'listed_through' (schema 7;
/// claims are never deleted, so new ids only grow), a range of the table itself, with no index of its own
/// to write at every commit.
/// </summary>
internal sealed class UnlistedClaims : IDisposable
{
    /// <summary>
    /// At most this many ids unlisted: ~500 documents' claims. Larger batches list more cheaply per claim
    /// but every read scans the unlisted claims; a few thousand cost a read about a millisecond.
    /// </summary>
    public const int Batch = 4096;

    /// <summary>Where the unlisted claims are, for a WHERE clause on the claims table.</summary>
    public const string Filter = "listed IS NULL AND id > (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'listed_through')";

    /// <summary>Lists every unlisted claim.</summary>
    public const string ListSql = $"UPDATE claims SET listed = 1 WHERE {Filter}";

    /// <summary>
    /// The same inside a document's transaction. A statement that changes many rows and may stop on a
    /// constraint midway keeps a statement journal (the pages it changes, copied before it changes them,
    /// to undo it alone); the listing's hundreds of pages overflowed it into a temporary file, written and
    /// deleted at every listing. OR ROLLBACK ends the whole transaction instead, which needs no statement
    /// journal, and is what happens anyway: a failed listing fails the document, which stores nothing.
    /// </summary>
    public const string ListInDocumentSql = $"UPDATE OR ROLLBACK claims SET listed = 1 WHERE {Filter}";

    /// <summary>Moves the mark up to the newest claim: to run after <see cref="ListSql"/>, in its transaction.</summary>
    public const string MarkSql = "UPDATE meta SET value = (SELECT coalesce(max(id), 0) FROM claims) WHERE key = 'listed_through'";

    /// <summary>Whether a claim of the source with the key is stored, listed or not.</summary>
    public const string ExistsSql = $"""
        SELECT 1 FROM claims WHERE listed = 1 AND source_id = $source AND fingerprint_key = $key
        UNION ALL SELECT 1 FROM claims WHERE {Filter} AND source_id = $source AND fingerprint_key = $key
        LIMIT 1
        """;

    private readonly RawStatement _span;
    private readonly RawStatement _list;
    private readonly RawStatement _mark;

    public UnlistedClaims(SqliteConnection connection)
    {
        _span = new RawStatement(connection, """
            SELECT (SELECT max(id) FROM claims) - (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'listed_through')
            """);
        _list = new RawStatement(connection, ListInDocumentSql);
        _mark = new RawStatement(connection, MarkSql);
    }

    /// <summary>Lists the unlisted claims when they span a batch (in the open transaction); true when it did.</summary>
    public bool ListWhenFull()
    {
        if (_span.Scalar() is not { } span || span < Batch)
            return false;
        _list.Execute();
        _mark.Execute();
        return true;
    }

    public void Dispose()
    {
        _span.Dispose();
        _list.Dispose();
        _mark.Dispose();
    }
}
