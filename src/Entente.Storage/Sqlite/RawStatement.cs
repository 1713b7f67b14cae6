using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Entente.Storage.Sqlite;

/// <summary>
/// One SQL statement prepared once and run many times with values bound by position, straight on
/// SQLite. A SqliteCommand looks each parameter up by name and builds a data reader at every run: for
/// the few statements a document's commit runs, that bookkeeping cost as much as the statements.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Binds the value to the 1-based <paramref name="index"/>; null binds NULL.</summary>
    public RawStatement Text(int index, string? value)
    {
        TextBinding.Bind(_statement, index, value);
        return this;
    }

    public RawStatement Integer(int index, long? value)
    {
        if (value is { } number)
            raw.sqlite3_bind_int64(_statement, index, number);
        else
            raw.sqlite3_bind_null(_statement, index);
        return this;
    }

    public RawStatement Blob(int index, byte[] value)
    {
        raw.sqlite3_bind_blob(_statement, index, value);
        return this;
    }

    /// <summary>Runs the statement to its end; the rows it changed.</summary>
    public int Execute()
    {
        int rc;
        while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
        {
        }
        if (rc != raw.SQLITE_DONE)
            throw Failed(rc);
        var changes = raw.sqlite3_changes(_db);
        raw.sqlite3_reset(_statement);
        return changes;
    }

    /// <summary>The first column of the first row as an integer; null when there is no row or it is NULL.</summary>
    public long? Scalar()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            long? value = raw.sqlite3_column_type(_statement, 0) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(_statement, 0);
            raw.sqlite3_reset(_statement);
            return value;
        }
        if (rc != raw.SQLITE_DONE)
            throw Failed(rc);
        raw.sqlite3_reset(_statement);
        return null;
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>The error as Microsoft.Data.Sqlite reports it (read before the reset); callers turn a constraint (19) into a StoreException.</summary>
    private SqliteException Failed(int rc)
    {
        var error = new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(_db).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(_db));
        raw.sqlite3_reset(_statement);
        return error;
    }
}
