namespace Entente.Storage.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    private const string UpsertVotingSql = """
        INSERT INTO un_voting_agreement (actor_a, actor_b, first_year, last_year, series, source_id)
        VALUES ($a, $b, $first, $last, $series, $source)
        ON CONFLICT (actor_a, actor_b) DO UPDATE SET
            first_year = excluded.first_year, last_year = excluded.last_year, series = excluded.series, source_id = excluded.source_id
        WHERE (un_voting_agreement.series, un_voting_agreement.source_id) IS NOT (excluded.series, excluded.source_id)
        """;

    /// <summary>Stores the rows a pair at a time (see <see cref="VotingSeries"/>); counts are of pair-years.</summary>
    public VotingWriteResult WriteVotingAgreements(Source source, IReadOnlyList<VotingAgreement> agreements)
    {
        var ordered = InKeyOrder(agreements);
        using var transaction = _connection.BeginTransaction();
        var changed = WriteSources([source], transaction);
        using var upsert = Prepare(UpsertVotingSql, transaction, "$a", "$b", "$first", "$last", "$series", "$source");
        var added = 0;
        for (var start = 0; start < ordered.Count;)
        {
            var end = start + 1;
            while (end < ordered.Count && ordered[end].ActorA == ordered[start].ActorA && ordered[end].ActorB == ordered[start].ActorB)
                end++;
            var years = Enumerable.Range(start, end - start).Select(i => ordered[i]).DistinctBy(r => r.Year).ToList();
            Bind(upsert, ordered[start].ActorA, ordered[start].ActorB, years[0].Year, years[^1].Year, VotingSeries.Pack(years), source.Id);
            if (upsert.ExecuteNonQuery() > 0)
                added += years.Count;
            start = end;
        }
        if (changed + added > 0)
            Execute(_connection, "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'", transaction);
        transaction.Commit();
        return new VotingWriteResult(added, agreements.Count - added);
    }

    /// <summary>Rows by pair, then year: as importers hand them (checked in one pass), else sorted here.</summary>
    private static IReadOnlyList<VotingAgreement> InKeyOrder(IReadOnlyList<VotingAgreement> rows)
    {
        static int Compare(VotingAgreement x, VotingAgreement y)
        {
            var byA = string.CompareOrdinal(x.ActorA, y.ActorA);
            if (byA != 0)
                return byA;
            var byB = string.CompareOrdinal(x.ActorB, y.ActorB);
            return byB != 0 ? byB : x.Year.CompareTo(y.Year);
        }

        var sorted = true;
        for (var i = 0; i < rows.Count; i++)
        {
            if (string.CompareOrdinal(rows[i].ActorA, rows[i].ActorB) >= 0)
                throw new ArgumentException($"Voting agreement rows name the pair in order; {rows[i].ActorA} and {rows[i].ActorB} are not.", nameof(rows));
            sorted = sorted && (i == 0 || Compare(rows[i - 1], rows[i]) <= 0);
        }
        if (sorted)
            return rows;
        var copy = rows.ToArray();
        Array.Sort(copy, Compare);
        return copy;
    }

    public IReadOnlyList<VotingAgreement> GetVotingAgreements(string actorId)
    {
        using var command = Command(
            "SELECT actor_a, actor_b, series FROM un_voting_agreement WHERE actor_a = $p0 " +
            "UNION ALL SELECT actor_a, actor_b, series FROM un_voting_agreement WHERE actor_b = $p0", [actorId]);
        using var reader = command.ExecuteReader();
        var rows = new List<VotingAgreement>();
        while (reader.Read())
            rows.AddRange(VotingSeries.Unpack(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return rows.OrderBy(r => r.Year).ThenBy(r => r.ActorA, StringComparer.Ordinal).ThenBy(r => r.ActorB, StringComparer.Ordinal).ToList();
    }
}
