using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Entente.Storage.Sqlite;

/// <summary>
/// The claims INSERT (<see cref="SqliteKnowledgeStore.InsertClaimSql"/>) as one SQLite statement, its 19
/// values bound by position. A document's commit runs it for each claim; through SqliteCommand, each
/// run looked every parameter up by name and set up a data reader, a tenth of storage's CPU.
/// </summary>
internal sealed class ClaimInsert : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public ClaimInsert(SqliteConnection connection)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_db, SqliteKnowledgeStore.InsertClaimSql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Binds the claim; returns its key (<see cref="ClaimFingerprint.Key"/>).</summary>
    /// <param name="c">the claim</param>
    /// <param name="document">the stored document the claim was read from, with its text; null for a batch's claim</param>
    public byte[] Bind(Claim c, DocumentQuotes? document)
    {
        var areas = ClaimFingerprint.AreasWire(c.Areas);
        Text(1, c.Subject);
        Text(2, c.Object);
        Text(3, c.Relation?.ToWire());
        Text(4, areas);
        raw.sqlite3_bind_int(_statement, 5, c.Directed ? 1 : 0);
        Text(6, c.Polarity.ToWire());
        raw.sqlite3_bind_int(_statement, 7, c.Hedged ? 1 : 0);
        Text(8, c.Validity.From?.ToString());
        Text(9, c.Validity.Until?.ToString());
        Text(10, c.SourceId);
        // A quote the document's text gives back is not stored twice (see DocumentQuotes).
        Text(11, document is not null && document.Holds(c) ? null : c.Quote);
        Integer(12, c.QuoteStart);
        Integer(13, c.QuoteEnd);
        Text(14, c.Note);
        Text(15, c.ProducedBy);
        Text(16, c.Status.ToWire());
        Integer(17, document?.Id);
        // A document's claims go in unlisted (see UnlistedClaims); a batch's are listed at once.
        Integer(18, document is null ? 1 : null);
        var key = ClaimFingerprint.Key(c, areas);
        raw.sqlite3_bind_blob(_statement, 19, key);
        return key;
    }

    /// <summary>Runs the INSERT with the claim bound last: 1 when stored, 0 when a listed claim has its key.</summary>
    public int Run()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_DONE)
        {
            var changes = raw.sqlite3_changes(_db);
            raw.sqlite3_reset(_statement);
            return changes;
        }
        // The message is read before the reset; the caller turns a constraint (19) into a StoreException.
        var error = new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(_db).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(_db));
        raw.sqlite3_reset(_statement);
        throw error;
    }

    public void Dispose() => _statement.Dispose();

    private void Text(int index, string? value) => TextBinding.Bind(_statement, index, value);

    private void Integer(int index, long? value)
    {
        if (value is { } number)
            raw.sqlite3_bind_int64(_statement, index, number);
        else
            raw.sqlite3_bind_null(_statement, index);
    }
}
