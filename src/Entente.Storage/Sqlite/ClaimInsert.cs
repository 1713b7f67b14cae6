using System.Security.Cryptography;
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
    private readonly FingerprintText _text = new();
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

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
        // The fields the fingerprint hashes are encoded once, for the hash and for the statement.
        var text = _text;
        text.Fill(c, ClaimFingerprint.AreasWire(c.Areas), c.Validity.From?.ToString(), c.Validity.Until?.ToString());
        Field(1, FingerprintText.Subject);
        Field(2, FingerprintText.Object);
        Field(3, FingerprintText.Relation, c.Relation is not null);
        Field(4, FingerprintText.Areas);
        raw.sqlite3_bind_int(_statement, 5, c.Directed ? 1 : 0);
        Field(6, FingerprintText.Polarity);
        raw.sqlite3_bind_int(_statement, 7, c.Hedged ? 1 : 0);
        Field(8, FingerprintText.ValidFrom, c.Validity.From is not null);
        Field(9, FingerprintText.ValidUntil, c.Validity.Until is not null);
        Field(10, FingerprintText.SourceId);
        // A quote the document's text gives back is not stored twice (see DocumentQuotes).
        Field(11, FingerprintText.Quote, c.Quote is not null && (document is null || !document.Holds(c)));
        Integer(12, c.QuoteStart);
        Integer(13, c.QuoteEnd);
        Field(14, FingerprintText.Note, c.Note is not null);
        TextBinding.Bind(_statement, 15, c.ProducedBy);
        TextBinding.Bind(_statement, 16, c.Status.ToWire());
        Integer(17, document?.Id);
        // A document's claims go in unlisted (see UnlistedClaims); a batch's are listed at once.
        Integer(18, document is null ? 1 : null);
        var key = ClaimFingerprint.Key(text, _sha256);
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

    public void Dispose()
    {
        _statement.Dispose();
        _sha256.Dispose();
    }

    /// <summary>Binds a field of the fingerprint text, or NULL when the claim has no value for it.</summary>
    private void Field(int index, int field, bool present = true)
    {
        if (present)
            raw.sqlite3_bind_text(_statement, index, _text.Field(field));
        else
            raw.sqlite3_bind_null(_statement, index);
    }

    private void Integer(int index, long? value)
    {
        if (value is { } number)
            raw.sqlite3_bind_int64(_statement, index, number);
        else
            raw.sqlite3_bind_null(_statement, index);
    }
}
