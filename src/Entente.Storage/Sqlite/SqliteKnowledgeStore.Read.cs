using Entente.Answers;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    private const string ActorColumns = "id, kind, name, official_name, iso2, iso3, capital, demonym, country, parent, governs, since, until, great_power, bloc_type, description";

    private const string SourceColumns = "id, title, publisher, url, published, retrieved, content_hash, reliability";

    // A quote stored as NULL beside offsets into its document is read back from the document's text
    // (schema 7; see DocumentQuotes for which quotes are).
    private const string ClaimColumns = """
        id, subject_id, object_id, relation, areas, directed, polarity, hedged, valid_from, valid_until, source_id,
        coalesce(quote, (SELECT substr(d.text, claims.quote_start + 1, claims.quote_end - claims.quote_start) FROM documents d WHERE d.id = claims.document_id)),
        quote_start, quote_end, note, produced_by, status
        """;

    public Actor? GetActor(string id) => ReadActors("SELECT " + ActorColumns + " FROM actors WHERE id = $p0", [id]).FirstOrDefault();

    public Source? GetSource(string id) =>
        ReadSources([id]).FirstOrDefault();

    public KnowledgeSlice? LoadSlice(string subjectId)
    {
        var subject = GetActor(subjectId);
        if (subject is null)
            return null;

        var selves = ReadActors("SELECT " + ActorColumns + " FROM actors WHERE governs = $p0 AND kind = 'government'", [subjectId]);
        var ids = selves.Select(a => a.Id).Append(subjectId).ToList();
        var claims = ReadClaims(
            $"SELECT {ClaimColumns} FROM claims WHERE listed = 1 AND status = 'accepted' AND subject_id IN ({List(ids.Count)}) " +
            $"UNION SELECT {ClaimColumns} FROM claims WHERE listed = 1 AND status = 'accepted' AND object_id IN ({List(ids.Count, ids.Count)}) " +
            $"UNION SELECT {ClaimColumns} FROM claims WHERE {UnlistedClaims.Filter} AND status = 'accepted' AND (subject_id IN ({List(ids.Count)}) OR object_id IN ({List(ids.Count, ids.Count)}))",
            [.. ids, .. ids]);

        var blocs = claims.Where(c => c.Relation == RelationType.MemberOf && ids.Contains(c.Subject)).Select(c => c.Object).Distinct().ToList();
        if (blocs.Count > 0)
        {
            var memberships = ReadClaims(
                Listed($"status = 'accepted' AND relation = 'member_of' AND object_id IN ({List(blocs.Count)})"), blocs);
            claims = claims.Concat(memberships).DistinctBy(c => c.Id).ToList();
        }

        var actorIds = claims.SelectMany(c => new[] { c.Subject, c.Object }).Concat(ids).Distinct().ToList();
        var actors = ReadActors($"SELECT {ActorColumns} FROM actors WHERE id IN ({List(actorIds.Count)})", actorIds);
        var countries = actors.Select(a => a.Country).OfType<string>().Distinct().ToList();
        if (countries.Count > 0)
            actors.AddRange(ReadActors($"SELECT {ActorColumns} FROM actors WHERE kind = 'state' AND iso3 IN ({List(countries.Count)})", countries));

        var sources = ReadSources(claims.Select(c => c.SourceId).Distinct().ToList());
        return new KnowledgeSlice(
            subject,
            actors.DistinctBy(a => a.Id).ToDictionary(a => a.Id),
            sources.ToDictionary(s => s.Id),
            claims)
        {
            Voting = GetVotingAgreements(subjectId),
        };
    }

    public IReadOnlyList<Claim> GetClaims(ClaimQuery query)
    {
        var where = new List<string>();
        var values = new List<object?>();
        string? about = null;
        if (query.About is { } actor)
        {
            about = $"$p{values.Count}";
            values.Add(actor);
        }
        if (query.Status is { } status)
        {
            where.Add($" AND status = $p{values.Count}");
            values.Add(status.ToWire());
        }
        if (query.DocumentHash is { } hash)
        {
            // Through the source: the unique key starts with it, and there is no by-document index.
            where.Add($" AND source_id = (SELECT source_id FROM documents WHERE content_hash = $p{values.Count})" +
                $" AND document_id = (SELECT id FROM documents WHERE content_hash = $p{values.Count})");
            values.Add(hash);
        }
        values.Add(query.Limit);
        var rest = string.Concat(where);
        var first = $"ORDER BY id LIMIT $p{values.Count - 1}";
        // Listed claims about an actor as two index searches, by subject and by object: given an OR,
        // the planner scans the table or every claim of the status instead.
        var listed = about is null
            ? $"SELECT {ClaimColumns} FROM claims WHERE listed = 1{rest} {first}"
            : $"SELECT {ClaimColumns} FROM claims WHERE listed = 1 AND subject_id = {about}{rest} " +
              $"UNION SELECT {ClaimColumns} FROM claims WHERE listed = 1 AND object_id = {about}{rest} {first}";
        var unlisted = about is null
            ? $"SELECT {ClaimColumns} FROM claims WHERE {UnlistedClaims.Filter}{rest} {first}"
            : $"SELECT {ClaimColumns} FROM claims WHERE {UnlistedClaims.Filter} AND (subject_id = {about} OR object_id = {about}){rest} {first}";
        // Each part stops at the limit on its own, so a long listing is not read whole to return its start.
        return ReadClaims($"SELECT * FROM ({listed}) UNION ALL SELECT * FROM ({unlisted}) {first}", values);
    }

    /// <summary>
    /// The claims matching <paramref name="filter"/>: the listed ones through the indexes, and the few
    /// not listed yet (see <see cref="UnlistedClaims"/>) through <see cref="UnlistedClaims.Filter"/>.
    /// </summary>
    private static string Listed(string filter) =>
        $"SELECT {ClaimColumns} FROM claims WHERE listed = 1 AND ({filter}) " +
        $"UNION ALL SELECT {ClaimColumns} FROM claims WHERE {UnlistedClaims.Filter} AND ({filter})";

    private List<Source> ReadSources(IReadOnlyList<string> ids) =>
        ids.Count == 0 ? [] : ReadSources($"SELECT {SourceColumns} FROM sources WHERE id IN ({List(ids.Count)})", ids);

    private List<Source> ReadSources(string sql, IReadOnlyList<object?> values)
    {
        using var command = Command(sql, values);
        using var reader = command.ExecuteReader();
        var sources = new List<Source>();
        while (reader.Read())
        {
            sources.Add(new Source(reader.GetString(0), reader.GetString(1), reader.GetString(2), Reliability.Parse(reader.GetString(7)))
            {
                Url = NullableString(reader, 3),
                Published = NullableDate(reader, 4),
                Retrieved = NullableString(reader, 5) is { } retrieved ? DateOnly.Parse(retrieved, System.Globalization.CultureInfo.InvariantCulture) : null,
                ContentHash = NullableString(reader, 6),
            });
        }
        return sources;
    }

    private List<Actor> ReadActors(string sql, IReadOnlyList<object?> values)
    {
        using var command = Command(sql, values);
        using var reader = command.ExecuteReader();
        var actors = new List<Actor>();
        while (reader.Read())
        {
            actors.Add(new Actor(reader.GetString(0), ActorKinds.Parse(reader.GetString(1)), reader.GetString(2))
            {
                OfficialName = NullableString(reader, 3),
                Iso2 = NullableString(reader, 4),
                Iso3 = NullableString(reader, 5),
                Capital = NullableString(reader, 6),
                Demonym = NullableString(reader, 7),
                Country = NullableString(reader, 8),
                Parent = NullableString(reader, 9),
                Governs = NullableString(reader, 10),
                Since = NullableDate(reader, 11),
                Until = NullableDate(reader, 12),
                GreatPower = reader.GetInt32(13) != 0,
                BlocType = NullableString(reader, 14),
                Description = NullableString(reader, 15),
            });
        }
        return actors;
    }

    private List<Claim> ReadClaims(string sql, IReadOnlyList<object?> values)
    {
        using var command = Command(sql, values);
        using var reader = command.ExecuteReader();
        var claims = new List<Claim>();
        while (reader.Read())
        {
            var areas = reader.GetString(4);
            claims.Add(new Claim(reader.GetString(1), reader.GetString(2), reader.GetString(10))
            {
                Id = reader.GetInt64(0),
                Relation = NullableString(reader, 3) is { } relation ? RelationTypes.Parse(relation) : null,
                Areas = areas.Length == 0 ? [] : areas.Split(',').Select(Areas.Parse).ToList(),
                Directed = reader.GetInt32(5) != 0,
                Polarity = ClaimVocabulary.ParsePolarity(reader.GetString(6)),
                Hedged = reader.GetInt32(7) != 0,
                Validity = new Validity(NullableDate(reader, 8), NullableDate(reader, 9)),
                Quote = NullableString(reader, 11),
                QuoteStart = reader.IsDBNull(12) ? null : reader.GetInt32(12),
                QuoteEnd = reader.IsDBNull(13) ? null : reader.GetInt32(13),
                Note = NullableString(reader, 14),
                ProducedBy = reader.GetString(15),
                Status = ClaimVocabulary.ParseStatus(reader.GetString(16)),
            });
        }
        return claims;
    }

    private SqliteCommand Command(string sql, IReadOnlyList<object?> values)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Count; i++)
            command.Parameters.AddWithValue($"$p{i}", values[i] ?? DBNull.Value);
        return command;
    }

    /// <summary>"$p0, $p1, …" for an IN list of <paramref name="count"/> values starting at <paramref name="first"/>.</summary>
    private static string List(int count, int first = 0) => string.Join(", ", Enumerable.Range(first, count).Select(i => $"$p{i}"));

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static PartialDate? NullableDate(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : PartialDate.Parse(reader.GetString(ordinal));
}
