namespace Entente.Storage.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    private const string UpsertVotingSql = """
        INSERT INTO un_voting_agreement (actor_a, actor_b, year, identical, votes, source_id)
        VALUES ($a, $b, $year, $identical, $votes, $source)
        ON CONFLICT (actor_a, actor_b, year) DO UPDATE SET
            identical = excluded.identical, votes = excluded.votes, source_id = excluded.source_id
        WHERE (un_voting_agreement.identical, un_voting_agreement.votes, un_voting_agreement.source_id)
           IS NOT (excluded.identical, excluded.votes, excluded.source_id)
        """;

    public VotingWriteResult WriteVotingAgreements(Source source, IReadOnlyList<VotingAgreement> agreements)
    {
        using var transaction = _connection.BeginTransaction();
        var changed = WriteSources([source], transaction);
        using var upsert = Prepare(UpsertVotingSql, transaction, "$a", "$b", "$year", "$identical", "$votes", "$source");
        var (a, b, year, identical, votes, sourceId) = (upsert.Parameters[0], upsert.Parameters[1], upsert.Parameters[2],
            upsert.Parameters[3], upsert.Parameters[4], upsert.Parameters[5]);
        sourceId.Value = source.Id;
        var added = 0;
        foreach (var row in agreements)
        {
            if (string.CompareOrdinal(row.ActorA, row.ActorB) >= 0)
                throw new ArgumentException($"Voting agreement rows name the pair in order; {row.ActorA} and {row.ActorB} are not.", nameof(agreements));
            a.Value = row.ActorA;
            b.Value = row.ActorB;
            year.Value = row.Year;
            identical.Value = row.Identical;
            votes.Value = row.Votes;
            added += upsert.ExecuteNonQuery();
        }
        if (changed + added > 0)
            Execute(_connection, "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'", transaction);
        transaction.Commit();
        return new VotingWriteResult(added, agreements.Count - added);
    }

    public IReadOnlyList<VotingAgreement> GetVotingAgreements(string actorId)
    {
        using var command = Command(
            "SELECT actor_a, actor_b, year, identical, votes FROM un_voting_agreement WHERE actor_a = $p0 " +
            "UNION ALL SELECT actor_a, actor_b, year, identical, votes FROM un_voting_agreement WHERE actor_b = $p0 ORDER BY year, actor_a, actor_b",
            [actorId]);
        using var reader = command.ExecuteReader();
        var rows = new List<VotingAgreement>();
        while (reader.Read())
            rows.Add(new VotingAgreement(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        return rows;
    }
}
