using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Entente.Storage.Sqlite;

/// <summary>
/// The statements one ingested document runs, its transaction's among them, prepared once per
/// connection and re-run with new values bound by position: compiling the SQL again for every
/// document (BEGIN and COMMIT included) and naming each parameter cost more than running it.
/// </summary>
internal sealed class DocumentStatements : IDisposable
{
    /// <summary>How long a document waits for another writer to finish, as a SqliteCommand waits.</summary>
    private static readonly TimeSpan BusyLimit = TimeSpan.FromSeconds(30);

    private readonly sqlite3 _db;
    private readonly RawStatement _begin;
    private readonly RawStatement _commit;
    private readonly RawStatement _rollback;
    private readonly RawStatement _exists;
    private readonly RawStatement _insertSource;
    private readonly RawStatement _upsertSource;
    private readonly RawStatement _claimExists;
    private readonly RawStatement _insertDocument;
    private readonly ClaimInsert _insertClaim;
    private readonly RawStatement _upsertCandidate;
    private readonly UnlistedClaims _unlisted;

    public DocumentStatements(SqliteConnection connection)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        // IMMEDIATE: the write lock is taken (or waited for) at the start, not when the first write
        // finds another writer's newer snapshot and cannot be retried.
        _begin = new RawStatement(connection, "BEGIN IMMEDIATE");
        _commit = new RawStatement(connection, "COMMIT");
        _rollback = new RawStatement(connection, "ROLLBACK");
        _exists = new RawStatement(connection, "SELECT 1 FROM documents WHERE content_hash = $hash");
        _insertSource = new RawStatement(connection, SqliteKnowledgeStore.InsertSourceSql);
        _upsertSource = new RawStatement(connection, SqliteKnowledgeStore.UpsertSourceSql);
        _claimExists = new RawStatement(connection, UnlistedClaims.ExistsSql);
        // A document already stored (same hash) inserts nothing: that is the one existence check inside
        // the transaction. No RETURNING: SQLite gathers returned rows in a temporary table of their own.
        _insertDocument = new RawStatement(connection, """
            INSERT INTO documents (content_hash, source_id, path, title, published, url, text, extractor, ingested_at)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8)
            ON CONFLICT (content_hash) DO NOTHING
            """);
        _insertClaim = new ClaimInsert(connection);
        _upsertCandidate = new RawStatement(connection, """
            INSERT INTO actor_candidates (id, name, quote, first_document_id) VALUES ($p0, $p1, $p2, $p3)
            ON CONFLICT (id) DO UPDATE SET documents = documents + 1
            """);
        _unlisted = new UnlistedClaims(connection);
    }

    /// <summary>Opens the document's transaction, waiting (as a SqliteCommand would) while another process writes.</summary>
    public void Begin()
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                _begin.Execute();
                return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is raw.SQLITE_BUSY or raw.SQLITE_LOCKED && waited.Elapsed < BusyLimit)
            {
                Thread.Sleep(150);
            }
        }
    }

    public void Commit() => _commit.Execute();

    /// <summary>Undoes the open transaction, if SQLite has not already undone it after an error.</summary>
    public void Rollback()
    {
        if (raw.sqlite3_get_autocommit(_db) == 0)
            _rollback.Execute();
    }

    public bool Exists(string contentHash) => _exists.Text(1, contentHash).Scalar() is not null;

    /// <summary>Adds or updates the source; true when it was not stored before (so no claim cites it yet).</summary>
    public bool UpsertSource(Source s)
    {
        // A new document's source is new: inserted by the first statement, with no lookup before it.
        if (Bind(_insertSource, s).Execute() == 1)
            return true;
        Bind(_upsertSource, s).Execute();
        return false;
    }

    private static RawStatement Bind(RawStatement statement, Source s) =>
        statement.Text(1, s.Id).Text(2, s.Title).Text(3, s.Publisher).Text(4, s.Url).Text(5, s.Published?.ToString())
            .Text(6, s.Retrieved?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Text(7, s.ContentHash).Text(8, s.Reliability.ToString());

    /// <summary>The new document's id, or null when a document with its hash is stored already.</summary>
    public long? InsertDocument(Document d)
    {
        var inserted = _insertDocument.Text(1, d.ContentHash).Text(2, d.SourceId).Text(3, d.Path).Text(4, d.Title).Text(5, d.Published?.ToString())
            .Text(6, d.Url).Text(7, d.Text).Text(8, d.Extractor).Text(9, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture))
            .Execute();
        return inserted == 1 ? raw.sqlite3_last_insert_rowid(_db) : null;
    }

    /// <summary>
    /// Stores the claims not stored yet. They go in unlisted, outside the unique key, so they are kept
    /// unique here: a claim like one before it in the document is left out, and a claim of any source
    /// but <paramref name="newSourceId"/> (stored by this transaction, so no claim cites it yet) is
    /// looked up first.
    /// </summary>
    public int InsertClaims(IReadOnlyList<Claim> claims, DocumentQuotes document, string? newSourceId)
    {
        var added = 0;
        var keys = new HashSet<long>(claims.Count);
        foreach (var claim in claims)
        {
            var key = _insertClaim.Bind(claim, document);
            if (!keys.Add(BitConverter.ToInt64(key)) || (claim.SourceId != newSourceId && Stored(claim.SourceId, key)))
                continue;
            added += _insertClaim.Run();
        }
        return added;
    }

    private bool Stored(string sourceId, byte[] key) => _claimExists.Text(1, sourceId).Blob(2, key).Scalar() is not null;

    /// <summary>Lists the unlisted claims when they span a batch (see <see cref="UnlistedClaims"/>).</summary>
    public bool ListWhenFull() => _unlisted.ListWhenFull();

    public int UpsertCandidates(IReadOnlyList<ActorCandidate> candidates, long documentId)
    {
        var added = 0;
        foreach (var c in candidates)
            added += _upsertCandidate.Text(1, c.Id).Text(2, c.Name).Text(3, c.Quote).Integer(4, documentId).Execute();
        return added;
    }

    public void Dispose()
    {
        _begin.Dispose();
        _commit.Dispose();
        _rollback.Dispose();
        _exists.Dispose();
        _insertSource.Dispose();
        _upsertSource.Dispose();
        _claimExists.Dispose();
        _insertDocument.Dispose();
        _insertClaim.Dispose();
        _upsertCandidate.Dispose();
        _unlisted.Dispose();
    }
}
