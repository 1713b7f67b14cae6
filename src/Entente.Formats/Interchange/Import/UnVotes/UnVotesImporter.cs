using Entente.Formats.Interchange.Import.Csv;

namespace Entente.Formats.Interchange.Import.UnVotes;

/// <summary>
/// UN General Assembly votes (rcid, country, country_code, vote), with un_roll_calls.csv beside them
/// for the dates → per pair of states and year, how often they voted alike: an alignment signal
/// stored beside the claims, never a relation. Countries resolve by ISO alpha-2 code, else by name;
/// votes of countries the database does not know (the Soviet-era states it lacks) are left out and listed.
/// </summary>
public sealed class UnVotesImporter : IDatasetImporter
{
    public string Format => "unvotes";

    public string Description => "UN General Assembly votes (rcid,country,country_code,vote); needs un_roll_calls.csv beside it";

    public ImportResult Import(string path, ImportContext context)
    {
        var rollCalls = RollCalls.Beside(path);
        var voters = new VoterIndex(context.Actors);
        var tally = new VoteTally();
        var rows = 0;

        using var csv = CsvRecordReader.Open(path);
        var header = CsvHeader.Read(csv, "rcid,country,country_code,vote");
        int rcid = header["rcid"], country = header["country"], code = header["country_code"], vote = header["vote"];
        while (true)
        {
            try
            {
                if (!csv.Read())
                    break;
                if (csv.IsBlank)
                    continue;
                rows++;
                csv.Require(header.Count);
                var id = csv.Int(rcid, "rcid");
                if (!rollCalls.TryGetYear(id, out var year))
                    throw csv.Problem(rcid, $"roll call {id} is not in un_roll_calls.csv");
                byte choice = csv[vote] switch
                {
                    "yes" => 1,
                    "no" => 2,
                    "abstain" => 3,
                    var other => throw csv.Problem(vote, $"vote must be yes, no or abstain, found '{CsvRecordReader.Shown(other)}'"),
                };
                if (voters.IndexOf(csv[code], csv[country]) is { } voter)
                    tally.Add(id, year, voter, choice);
            }
            catch (MalformedRowException e)
            {
                context.Report(e.Problem);
            }
        }

        var agreements = InKeyOrder(tally.PairYears(), voters);
        var notes = new List<string> { $"{tally.Votes} votes of {voters.Count} states tallied into {agreements.Count} pair-years" };
        if (voters.Unknown.Count > 0)
            notes.Add($"votes of countries not in the database were left out: {string.Join(", ", voters.Unknown.Order(StringComparer.Ordinal))}");
        return new ImportResult(KnowledgeBatch.Empty, rows)
        {
            Voting = new VotingData(DatasetSources.UnVotes, agreements),
            Skipped = context.Skipped,
            Notes = notes,
        };
    }

    /// <summary>Ordered by pair (actor ids, ordinal) then year, as the store appends them fastest; sorted on integer ranks, not strings.</summary>
    private static List<VotingAgreement> InKeyOrder(IEnumerable<PairYear> pairYears, VoterIndex voters)
    {
        var rank = new int[voters.Count];
        var byId = Enumerable.Range(0, voters.Count).OrderBy(voters.ActorId, StringComparer.Ordinal).ToArray();
        for (var r = 0; r < byId.Length; r++)
            rank[byId[r]] = r;
        var rows = pairYears.Select(p => rank[p.A] < rank[p.B] ? p : p with { A = p.B, B = p.A }).ToArray();
        var keys = rows.Select(p => ((long)rank[p.A] << 40) | ((long)rank[p.B] << 20) | (long)p.Year).ToArray();
        Array.Sort(keys, rows);
        return rows.Select(p => new VotingAgreement(voters.ActorId(p.A), voters.ActorId(p.B), p.Year, p.Identical, p.Votes)).ToList();
    }
}
