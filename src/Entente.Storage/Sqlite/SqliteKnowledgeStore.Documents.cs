using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    public bool HasDocument(string contentHash) => Statements.Exists(contentHash);

    public DocumentWriteResult AddDocument(Document document, Source source, IReadOnlyList<Claim> claims, IReadOnlyList<ActorCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(candidates);
        var statements = Statements;
        statements.Begin();
        var committed = false;
        try
        {
            // The document row needs its source first; when the document turns out to be stored
            // already, the rollback unstores the source again.
            var sourceIsNew = statements.UpsertSource(source);
            if (statements.InsertDocument(document) is not { } documentId)
                return new DocumentWriteResult(false, 0, 0);
            var added = statements.InsertClaims(claims, new DocumentQuotes(documentId, document.Text), sourceIsNew ? source.Id : null);
            if (added > 0)
                statements.ListWhenFull();
            var candidatesAdded = statements.UpsertCandidates(candidates, documentId);
            statements.Commit();
            committed = true;
            return new DocumentWriteResult(true, added, candidatesAdded);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            // 787 is SQLITE_CONSTRAINT_FOREIGNKEY: a claim names an actor the database lacks. Any other constraint (a
            // trigger, the listing) ends the document's transaction just the same, and is reported as what it is.
            var why = e.SqliteExtendedErrorCode == 787 ? "a claim refers to an actor the database does not have" : "the database refused it";
            throw new StoreException($"Nothing of {document.Path ?? document.Title} was stored: {why} ({e.Message.TrimEnd('.')}).", e);
        }
        finally
        {
            if (!committed)
                statements.Rollback();
        }
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
            Execute(_connection, BumpDataVersionSql, transaction);
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
        using (var command = Command("SELECT actor_id, text, kind, lang FROM actor_names WHERE kind IN ('alias', 'ambiguous', 'acronym', 'native', 'leader')", []))
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
