using Entente.Formats.Interchange.Import;
using Entente.Formats.Interchange.Import.UnVotes;

namespace Entente.Formats.Tests.Interchange.Import;

/// <summary>UN General Assembly votes → per pair and year, the share of identical votes.</summary>
public sealed class UnVotesImporterTests
{
    private static readonly Lazy<ImportResult> Real = new(() => new UnVotesImporter().Import(SharedData.File("unga/un_votes.csv"), BundledActors.Context()));

    private static double ShareSince(int year, string a, string b)
    {
        var rows = Real.Value.Voting!.Agreements.Where(r => r.Year >= year && r.Other(a) == b && (r.ActorA == a || r.ActorB == a)).ToList();
        return (double)rows.Sum(r => r.Identical) / rows.Sum(r => r.Votes);
    }

    [Fact]
    public void Every_vote_is_read_and_tallied_into_pair_years()
    {
        var result = Real.Value;

        Assert.Equal(870_109, result.RowsRead);
        Assert.Empty(result.Skipped);
        Assert.Empty(result.Batch.Claims);
        Assert.Equal(DatasetSources.UnVotes, result.Voting!.Source);
        Assert.InRange(result.Voting.Agreements.Count, 750_000, 850_000);
        Assert.All(result.Voting.Agreements.Take(1000), r => Assert.True(string.CompareOrdinal(r.ActorA, r.ActorB) < 0 && r.Identical <= r.Votes));
    }

    [Theory]
    [InlineData("syria", 0.93)]
    [InlineData("china", 0.80)]
    [InlineData("russia", 0.67)]
    [InlineData("saudi-arabia", 0.84)]
    [InlineData("united-states", 0.13)]
    [InlineData("israel", 0.11)]
    public void Irans_agreement_since_2009_matches_the_published_figures(string other, double expected)
    {
        Assert.Equal(expected, ShareSince(2009, "iran", other), 2);
    }

    [Fact]
    public void Countries_named_without_a_code_resolve_by_name_and_unknown_ones_are_listed()
    {
        Assert.Contains(Real.Value.Voting!.Agreements, r => r.Year == 1975 && (r.ActorA, r.ActorB) == ("germany", "yemen"));
        Assert.Contains(Real.Value.Notes, n => n.Contains("Zanzibar"));
    }

    [Fact]
    public void A_bad_vote_stops_the_import_at_its_line_and_column()
    {
        using var folder = Malformed(out var path);

        var error = Assert.Throws<ImportStoppedException>(() => new UnVotesImporter().Import(path, BundledActors.Context()));

        Assert.Equal((4, 24), (error.Problem.Line, error.Problem.Column));
        Assert.Contains("vote must be yes, no or abstain, found 'maybe'", error.Message);
    }

    [Fact]
    public void Skip_tallies_the_good_votes_and_lists_the_bad_ones()
    {
        using var folder = Malformed(out var path);

        var result = new UnVotesImporter().Import(path, BundledActors.Context(OnError.Skip));

        Assert.Equal([4, 5], result.Skipped.Select(p => p.Line));
        Assert.Contains("roll call 99 is not in un_roll_calls.csv", result.Skipped[1].Message);
        var pairs = result.Voting!.Agreements;
        Assert.Equal([new VotingAgreement("iran", "syria", 2010, 1, 2), new VotingAgreement("iran", "united-states", 2010, 0, 1), new VotingAgreement("syria", "united-states", 2010, 0, 1)], pairs);
    }

    private static TempFolder Malformed(out string path)
    {
        var folder = new TempFolder();
        folder.Write("un_roll_calls.csv", "rcid,session,date\n1,65,2010-10-01\n2,65,2010-11-01\n");
        path = folder.Write("un_votes.csv", """
            rcid,country,country_code,vote
            1,"Iran","IR","yes"
            1,"Syria","SY","yes"
            1,"United States","US","maybe"
            99,"Iran","IR","yes"
            1,"United States","US","no"
            2,"Iran","IR","no"
            2,"Syria","SY","abstain"

            """);
        return folder;
    }
}
