using Entente.Resolution;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    private const string UpsertActorSql = """
        INSERT INTO actors (id, kind, name, official_name, iso2, iso3, capital, demonym, country, parent, governs, since, until, great_power, bloc_type, description)
        VALUES ($id, $kind, $name, $official, $iso2, $iso3, $capital, $demonym, $country, $parent, $governs, $since, $until, $great, $bloc, $description)
        ON CONFLICT (id) DO UPDATE SET
            kind = excluded.kind, name = excluded.name, official_name = excluded.official_name, iso2 = excluded.iso2,
            iso3 = excluded.iso3, capital = excluded.capital, demonym = excluded.demonym, country = excluded.country,
            parent = excluded.parent, governs = excluded.governs, since = excluded.since, until = excluded.until,
            great_power = excluded.great_power, bloc_type = excluded.bloc_type, description = excluded.description
        WHERE (actors.kind, actors.name, actors.official_name, actors.iso2, actors.iso3, actors.capital, actors.demonym,
               actors.country, actors.parent, actors.governs, actors.since, actors.until, actors.great_power,
               actors.bloc_type, actors.description)
           IS NOT (excluded.kind, excluded.name, excluded.official_name, excluded.iso2, excluded.iso3, excluded.capital,
               excluded.demonym, excluded.country, excluded.parent, excluded.governs, excluded.since, excluded.until,
               excluded.great_power, excluded.bloc_type, excluded.description)
        """;

    /// <summary>A source not stored yet, with the values in <see cref="UpsertSourceSql"/>'s order; nothing when its id is taken.</summary>
    internal const string InsertSourceSql = """
        INSERT INTO sources (id, title, publisher, url, published, retrieved, content_hash, reliability)
        VALUES ($id, $title, $publisher, $url, $published, $retrieved, $hash, $reliability)
        ON CONFLICT (id) DO NOTHING
        """;

    internal const string UpsertSourceSql = """
        INSERT INTO sources (id, title, publisher, url, published, retrieved, content_hash, reliability)
        VALUES ($id, $title, $publisher, $url, $published, $retrieved, $hash, $reliability)
        ON CONFLICT (id) DO UPDATE SET
            title = excluded.title, publisher = excluded.publisher, url = excluded.url, published = excluded.published,
            retrieved = excluded.retrieved, content_hash = excluded.content_hash, reliability = excluded.reliability
        WHERE (sources.title, sources.publisher, sources.url, sources.published, sources.retrieved, sources.content_hash, sources.reliability)
           IS NOT (excluded.title, excluded.publisher, excluded.url, excluded.published, excluded.retrieved, excluded.content_hash, excluded.reliability)
        """;

    internal const string InsertClaimSql = """
        INSERT INTO claims (subject_id, object_id, relation, areas, directed, polarity, hedged, valid_from, valid_until,
                            source_id, quote, quote_start, quote_end, note, produced_by, status, document_id, listed, fingerprint_key)
        VALUES ($subject, $object, $relation, $areas, $directed, $polarity, $hedged, $from, $until,
                $source, $quote, $qstart, $qend, $note, $producer, $status, $document, $listed, $key)
        ON CONFLICT (source_id, fingerprint_key) WHERE listed = 1 DO NOTHING
        """;

    internal const string BumpDataVersionSql = "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'";

    public WriteResult Write(KnowledgeBatch batch)
    {
        using var transaction = _connection.BeginTransaction();
        try
        {
            var actors = WriteActors(batch.Actors, transaction);
            var sources = WriteSources(batch.Sources, transaction);
            // The unique key holds listed claims only: a batch lists what documents left unlisted before
            // its claims are checked against it, then moves the mark past its own, so reads of the unlisted
            // range stay short.
            if (batch.Claims.Count > 0)
                Execute(_connection, UnlistedClaims.ListSql, transaction);
            var added = WriteClaims(batch.Claims, transaction);
            if (added > 0)
                Execute(_connection, UnlistedClaims.MarkSql, transaction);
            var documents = WriteDocuments(batch.Documents, transaction);
            if (actors + sources + added + documents > 0)
                Execute(_connection, BumpDataVersionSql, transaction);
            transaction.Commit();
            return new WriteResult(actors, sources, added, batch.Claims.Count - added) { DocumentsAdded = documents };
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            throw new StoreException($"Nothing was stored: the batch refers to an actor or source that is not in the database ({e.Message.TrimEnd('.')}).", e);
        }
    }

    private int WriteActors(IReadOnlyList<Actor> actors, SqliteTransaction transaction)
    {
        if (actors.Count == 0)
            return 0;
        using var upsert = Prepare(UpsertActorSql, transaction, "$id", "$kind", "$name", "$official", "$iso2", "$iso3", "$capital", "$demonym",
            "$country", "$parent", "$governs", "$since", "$until", "$great", "$bloc", "$description");
        using var deleteNames = Prepare("DELETE FROM actor_names WHERE actor_id = $id", transaction, "$id");
        using var insertName = Prepare("INSERT OR IGNORE INTO actor_names (actor_id, text, key, kind, lang) VALUES ($id, $text, $key, $kind, $lang)",
            transaction, "$id", "$text", "$key", "$kind", "$lang");
        var changed = 0;
        foreach (var actor in actors)
        {
            Bind(upsert, actor.Id, actor.Kind.ToWire(), actor.Name, actor.OfficialName, actor.Iso2, actor.Iso3, actor.Capital, actor.Demonym,
                actor.Country, actor.Parent, actor.Governs, actor.Since?.ToString(), actor.Until?.ToString(), actor.GreatPower ? 1 : 0,
                actor.BlocType, actor.Description);
            changed += upsert.ExecuteNonQuery();
            Bind(deleteNames, actor.Id);
            deleteNames.ExecuteNonQuery();
            foreach (var name in ActorNameSet.Of(actor))
            {
                var key = NameKey.Of(name.Text);
                if (key.Length == 0)
                    continue;
                Bind(insertName, actor.Id, name.Text, key, name.Kind.ToWire(), name.Lang);
                insertName.ExecuteNonQuery();
            }
        }
        return changed;
    }

    private int WriteSources(IReadOnlyList<Source> sources, SqliteTransaction transaction)
    {
        if (sources.Count == 0)
            return 0;
        using var upsert = Prepare(UpsertSourceSql, transaction, "$id", "$title", "$publisher", "$url", "$published", "$retrieved", "$hash", "$reliability");
        var changed = 0;
        foreach (var s in sources)
        {
            Bind(upsert, s.Id, s.Title, s.Publisher, s.Url, s.Published?.ToString(), s.Retrieved?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                s.ContentHash, s.Reliability.ToString());
            changed += upsert.ExecuteNonQuery();
        }
        return changed;
    }

    private int WriteClaims(IReadOnlyList<Claim> claims, SqliteTransaction transaction)
    {
        if (claims.Count == 0)
            return 0;
        // Runs inside the open transaction: the statement goes to the same connection.
        using var insert = new ClaimInsert(_connection);
        var added = 0;
        foreach (var c in claims)
        {
            insert.Bind(c, document: null);
            added += insert.Run();
        }
        return added;
    }

    private SqliteCommand Prepare(string sql, SqliteTransaction transaction, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
