using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    public bool HasDocument(string contentHash)
    {
        using var command = Command("SELECT 1 FROM documents WHERE content_hash = $p0", [contentHash]);
        return command.ExecuteScalar() is not null;
    }

    public DocumentWriteResult AddDocument(Document document, Source source, IReadOnlyList<Claim> claims, IReadOnlyList<ActorCandidate> candidates)
    {
        using var transaction = _connection.BeginTransaction();
        try
        {
            using (var exists = Command("SELECT 1 FROM documents WHERE content_hash = $p0", [document.ContentHash]))
            {
                exists.Transaction = transaction;
                if (exists.ExecuteScalar() is not null)
                    return new DocumentWriteResult(false, 0, 0);
            }
            WriteSources([source], transaction);
            long documentId;
            using (var insert = Command(
                "INSERT INTO documents (content_hash, source_id, path, title, published, url, text, extractor, ingested_at) " +
                "VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8) RETURNING id",
                [document.ContentHash, document.SourceId, document.Path, document.Title, document.Published?.ToString(), document.Url,
                 document.Text, document.Extractor, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)]))
            {
                insert.Transaction = transaction;
                documentId = (long)insert.ExecuteScalar()!;
            }
            var added = WriteClaims(claims, transaction, documentId);
            var candidatesAdded = WriteCandidates(candidates, documentId, transaction);
            Execute(_connection, "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'", transaction);
            transaction.Commit();
            return new DocumentWriteResult(true, added, candidatesAdded);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            throw new StoreException($"Nothing of {document.Path ?? document.Title} was stored: a claim refers to an actor the database does not have ({e.Message.TrimEnd('.')}).", e);
        }
    }

    private int WriteCandidates(IReadOnlyList<ActorCandidate> candidates, long documentId, SqliteTransaction transaction)
    {
        var added = 0;
        foreach (var candidate in candidates)
        {
            using var upsert = Command(
                "INSERT INTO actor_candidates (id, name, quote, first_document_id) VALUES ($p0, $p1, $p2, $p3) " +
                "ON CONFLICT (id) DO UPDATE SET documents = documents + 1",
                [candidate.Id, candidate.Name, candidate.Quote, documentId]);
            upsert.Transaction = transaction;
            added += upsert.ExecuteNonQuery();
        }
        return added;
    }

    public Claim? GetClaim(long id) =>
        ReadClaims($"SELECT {ClaimColumns} FROM claims WHERE id = $p0", [id]).FirstOrDefault();

    public bool SetClaimStatus(long id, ClaimStatus status)
    {
        using var transaction = _connection.BeginTransaction();
        using var update = Command("UPDATE claims SET status = $p0 WHERE id = $p1 AND status <> $p0", [status.ToWire(), id]);
        update.Transaction = transaction;
        var changed = update.ExecuteNonQuery();
        if (changed > 0)
            Execute(_connection, "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'", transaction);
        transaction.Commit();
        return changed > 0 || GetClaim(id) is not null;
    }

    public IReadOnlyList<ActorCandidate> GetActorCandidates()
    {
        using var command = Command("SELECT id, name, quote FROM actor_candidates WHERE status = 'candidate' ORDER BY documents DESC, id", []);
        using var reader = command.ExecuteReader();
        var list = new List<ActorCandidate>();
        while (reader.Read())
            list.Add(new ActorCandidate(reader.GetString(0), reader.GetString(1)) { Quote = NullableString(reader, 2) });
        return list;
    }

    public IReadOnlyList<Actor> AllActors()
    {
        var names = new Dictionary<string, List<ActorName>>();
        // Actor.Names holds the extra names only; the name, codes, capital and demonym are fields.
        using (var command = Command("SELECT actor_id, text, kind, lang FROM actor_names WHERE kind IN ('alias', 'ambiguous', 'acronym', 'native')", []))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (!names.TryGetValue(reader.GetString(0), out var list))
                    names[reader.GetString(0)] = list = [];
                list.Add(new ActorName(reader.GetString(1), NameKinds.Parse(reader.GetString(2)), NullableString(reader, 3)));
            }
        }
        return ReadActors($"SELECT {ActorColumns} FROM actors", [])
            .Select(a => a with { Names = names.GetValueOrDefault(a.Id) ?? [] })
            .ToList();
    }
}
