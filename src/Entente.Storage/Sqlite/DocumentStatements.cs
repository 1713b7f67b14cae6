using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>
/// The statements one ingested document runs, prepared once per connection and re-run with new
/// values: compiling the SQL again for every document cost more than running it.
/// </summary>
internal sealed class DocumentStatements : IDisposable
{
    private readonly SqliteCommand _exists;
    private readonly SqliteCommand _sourceExists;
    private readonly SqliteCommand _upsertSource;
    private readonly SqliteCommand _claimExists;
    private readonly SqliteCommand _insertDocument;
    private readonly ClaimInsert _insertClaim;
    private readonly SqliteCommand _upsertCandidate;
    private readonly UnlistedClaims _unlisted;

    public DocumentStatements(SqliteConnection connection)
    {
        _exists = Prepared(connection, "SELECT 1 FROM documents WHERE content_hash = $hash");
        _sourceExists = Prepared(connection, "SELECT 1 FROM sources WHERE id = $id");
        _upsertSource = Prepared(connection, SqliteKnowledgeStore.UpsertSourceSql);
        _claimExists = Prepared(connection, UnlistedClaims.ExistsSql);
        // A document already stored (same hash) inserts nothing and returns no id: that is the one
        // existence check inside the transaction.
        _insertDocument = Prepared(connection, """
            INSERT INTO documents (content_hash, source_id, path, title, published, url, text, extractor, ingested_at)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8)
            ON CONFLICT (content_hash) DO NOTHING RETURNING id
            """);
        _insertClaim = new ClaimInsert(connection);
        _upsertCandidate = Prepared(connection, """
            INSERT INTO actor_candidates (id, name, quote, first_document_id) VALUES ($p0, $p1, $p2, $p3)
            ON CONFLICT (id) DO UPDATE SET documents = documents + 1
            """);
        _unlisted = new UnlistedClaims(connection);
    }

    public bool Exists(string contentHash, SqliteTransaction? transaction)
    {
        Set(_exists, transaction, contentHash);
        return _exists.ExecuteScalar() is not null;
    }

    /// <summary>Adds or updates the source; true when it was not stored before (so no claim cites it yet).</summary>
    public bool UpsertSource(Source s, SqliteTransaction transaction)
    {
        Set(_sourceExists, transaction, s.Id);
        var isNew = _sourceExists.ExecuteScalar() is null;
        Set(_upsertSource, transaction, s.Id, s.Title, s.Publisher, s.Url, s.Published?.ToString(),
            s.Retrieved?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.ContentHash, s.Reliability.ToString());
        _upsertSource.ExecuteNonQuery();
        return isNew;
    }

    /// <summary>The new document's id, or null when a document with its hash is stored already.</summary>
    public long? InsertDocument(Document d, SqliteTransaction transaction)
    {
        Set(_insertDocument, transaction, d.ContentHash, d.SourceId, d.Path, d.Title, d.Published?.ToString(), d.Url, d.Text, d.Extractor,
            DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return _insertDocument.ExecuteScalar() is long id ? id : null;
    }

    /// <summary>
    /// Stores the claims not stored yet. They go in unlisted, outside the unique key, so they are kept
    /// unique here: a claim like one before it in the document is left out, and a claim of any source
    /// but <paramref name="newSourceId"/> (stored by this transaction, so no claim cites it yet) is
    /// looked up first.
    /// </summary>
    public int InsertClaims(IReadOnlyList<Claim> claims, DocumentQuotes document, string? newSourceId, SqliteTransaction transaction)
    {
        var added = 0;
        var keys = new HashSet<long>(claims.Count);
        foreach (var claim in claims)
        {
            var key = _insertClaim.Bind(claim, document);
            if (!keys.Add(BitConverter.ToInt64(key)) || (claim.SourceId != newSourceId && Stored(claim.SourceId, key, transaction)))
                continue;
            added += _insertClaim.Run();
        }
        return added;
    }

    private bool Stored(string sourceId, byte[] key, SqliteTransaction transaction)
    {
        Set(_claimExists, transaction, sourceId, key);
        return _claimExists.ExecuteScalar() is not null;
    }

    /// <summary>Lists the unlisted claims when they span a batch (see <see cref="UnlistedClaims"/>).</summary>
    public bool ListWhenFull(SqliteTransaction transaction) => _unlisted.ListWhenFull(transaction);

    public int UpsertCandidates(IReadOnlyList<ActorCandidate> candidates, long documentId, SqliteTransaction transaction)
    {
        var added = 0;
        foreach (var c in candidates)
        {
            Set(_upsertCandidate, transaction, c.Id, c.Name, c.Quote, documentId);
            added += _upsertCandidate.ExecuteNonQuery();
        }
        return added;
    }

    public void Dispose()
    {
        _exists.Dispose();
        _sourceExists.Dispose();
        _upsertSource.Dispose();
        _claimExists.Dispose();
        _insertDocument.Dispose();
        _insertClaim.Dispose();
        _upsertCandidate.Dispose();
        _unlisted.Dispose();
    }

    /// <summary>A prepared command whose parameters are bound by position, in the order the SQL first names them.</summary>
    internal static SqliteCommand Prepared(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in ParameterNames(sql))
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, SqliteTransaction? transaction, params ReadOnlySpan<object?> values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    /// <summary>The $names in the SQL, each once, in order of first use.</summary>
    private static List<string> ParameterNames(string sql)
    {
        var names = new List<string>();
        for (var i = 0; i < sql.Length; i++)
        {
            if (sql[i] != '$')
                continue;
            var end = i + 1;
            while (end < sql.Length && (char.IsAsciiLetterOrDigit(sql[end]) || sql[end] == '_'))
                end++;
            var name = sql[i..end];
            if (!names.Contains(name))
                names.Add(name);
            i = end - 1;
        }
        return names;
    }
}
