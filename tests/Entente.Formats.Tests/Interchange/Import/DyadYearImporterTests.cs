using Entente.Formats.Interchange.Import;
using Entente.Formats.Interchange.Import.Alliances;

namespace Entente.Formats.Tests.Interchange.Import;

/// <summary>COW and ATOP dyad-year files on the real data, and malformed rows in files the tests write.</summary>
public sealed class DyadYearImporterTests
{
    private static readonly Lazy<ImportResult> Cow = new(() =>
        new DyadYearImporter(DyadYearFormat.Cow).Import(SharedData.File("alliances/cow_alliance_dyad_year.csv"), BundledActors.Context()));

    private static readonly Lazy<ImportResult> Atop = new(() =>
        new DyadYearImporter(DyadYearFormat.Atop).Import(SharedData.File("alliances/atop_alliance_dyad_year.csv"), BundledActors.Context()));

    private static List<Claim> Between(ImportResult result, string a, string b) =>
        result.Batch.Claims.Where(c => (c.Subject, c.Object) == (a, b) || (c.Subject, c.Object) == (b, a)).OrderBy(c => c.Validity.From).ToList();

    [Fact]
    public void Cow_reads_every_row_and_merges_directed_dyad_years_into_spells()
    {
        var result = Cow.Value;

        Assert.Equal(120_784, result.RowsRead);
        Assert.Empty(result.Skipped);
        Assert.Equal(2888, result.Batch.Claims.Count);
        Assert.All(result.Batch.Claims, c =>
        {
            Assert.Equal(RelationType.FormalAlliance, c.Relation);
            Assert.False(c.Directed);
            Assert.Equal(ClaimStatus.Accepted, c.Status);
            Assert.True(string.CompareOrdinal(c.Subject, c.Object) < 0);
        });
        Assert.Equal(DatasetSources.Cow.Id, Assert.Single(result.Batch.Sources).Id);
    }

    [Fact]
    public void Cow_United_States_and_United_Kingdom_hold_a_defence_pact_from_1949()
    {
        var spells = Between(Cow.Value, "united-kingdom", "united-states");

        var nato = spells.Single(c => c.Validity.From == new PartialDate(1949));
        Assert.Equal(new PartialDate(1962), nato.Validity.Until);
        Assert.Contains("defence, non-aggression, entente obligations, 1949–1961", nato.Note);
        Assert.Contains("Gibler", nato.Note);
        Assert.Equal(new PartialDate(1921), spells[0].Validity.From);
        Assert.Contains("data end in 2012", spells[^1].Note);
        Assert.Equal(new PartialDate(2013), spells[^1].Validity.Until);
    }

    [Fact]
    public void Cow_Iran_and_Syria_hold_an_entente_from_2006()
    {
        var claim = Assert.Single(Between(Cow.Value, "iran", "syria"));
        Assert.Equal(new Validity(new PartialDate(2006), new PartialDate(2013)), claim.Validity);
        Assert.StartsWith("COW Formal Alliances v4.1: entente obligations", claim.Note);
    }

    [Fact]
    public void Codes_of_states_that_no_longer_exist_become_historical_state_actors()
    {
        var bavaria = Cow.Value.Batch.Actors.Single(a => a.Name == "Bavaria");
        Assert.Equal(ActorKind.State, bavaria.Kind);
        Assert.Equal(new PartialDate(1816), bavaria.Since);
        Assert.Contains("245", bavaria.Description);
        Assert.DoesNotContain(Cow.Value.Batch.Actors, a => a.Name is "Russia" or "German Federal Republic" or "United Kingdom");
        Assert.NotEmpty(Between(Cow.Value, "germany", "united-states"));
        Assert.NotEmpty(Between(Cow.Value, "russia", "china"));
    }

    [Fact]
    public void Atop_reads_offence_and_consultation_obligations()
    {
        var result = Atop.Value;

        Assert.Equal(273_296, result.RowsRead);
        Assert.Empty(result.Skipped);
        var early = Between(result, "canada", "united-states");
        Assert.Contains(early, c => c.Validity.From == new PartialDate(1942) && c.Note!.Contains("defence, offence"));
        Assert.Contains(Between(result, "united-kingdom", "united-states"), c => c.Validity.From == new PartialDate(1921) && c.Note!.Contains("consultation"));
        Assert.All(result.Batch.Claims, c => Assert.Equal(DatasetSources.Atop.Id, c.SourceId));
    }

    [Fact]
    public void The_same_file_gives_the_same_claims_every_time()
    {
        var again = new DyadYearImporter(DyadYearFormat.Cow).Import(SharedData.File("alliances/cow_alliance_dyad_year.csv"), BundledActors.Context());
        Assert.Equal(Cow.Value.Batch.Claims, again.Batch.Claims);
        Assert.Equal(Cow.Value.Batch.Actors, again.Batch.Actors);
    }

    [Fact]
    public void A_malformed_row_stops_the_import_with_file_line_and_column()
    {
        using var folder = MalformedCow(out var path);

        var error = Assert.Throws<ImportStoppedException>(() => new DyadYearImporter(DyadYearFormat.Cow).Import(path, BundledActors.Context()));

        Assert.Equal((3, 14), (error.Problem.Line, error.Problem.Column));
        Assert.Contains("cow_defense must be 0 or 1, found 'x'", error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Skip_leaves_the_malformed_rows_out_and_keeps_the_rest()
    {
        using var folder = MalformedCow(out var path);

        var result = new DyadYearImporter(DyadYearFormat.Cow).Import(path, BundledActors.Context(OnError.Skip));

        Assert.Equal([3, 5], result.Skipped.Select(p => p.Line));
        Assert.Equal(4, result.RowsRead);
        var claim = Assert.Single(result.Batch.Claims);
        Assert.Equal(("iran", "syria"), (claim.Subject, claim.Object));
        Assert.Equal(new Validity(new PartialDate(2006), new PartialDate(2008)), claim.Validity);
    }

    [Fact]
    public void Without_the_state_list_beside_it_the_file_is_refused()
    {
        using var folder = new TempFolder();
        var path = folder.Write("cow.csv", "ccode1,ccode2,year,cow_defense,cow_neutral,cow_nonagg,cow_entente\n");
        var error = Assert.Throws<ImportFileException>(() => new DyadYearImporter(DyadYearFormat.Cow).Import(path, BundledActors.Context()));
        Assert.Contains("cow_states.csv", error.Message);
    }

    private static TempFolder MalformedCow(out string path)
    {
        var folder = new TempFolder();
        folder.Write("cow_states.csv", "stateabb,ccode,statenme,styear,endyear\nIRN,630,Iran,1855,2016\nSYR,652,Syria,1946,2016\n");
        path = folder.Write("cow.csv", """
            ccode1,ccode2,year,cow_defense,cow_neutral,cow_nonagg,cow_entente
            630,652,2006,0,0,0,1
            630,652,2007,x,0,0,1
            652,630,2007,0,0,0,1
            652,630,20O8,0,0,0,1

            """);
        return folder;
    }
}
