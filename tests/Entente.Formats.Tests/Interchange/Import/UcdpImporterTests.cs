using Entente.Formats.Interchange.Import;
using Entente.Formats.Interchange.Import.Ucdp;

namespace Entente.Formats.Tests.Interchange.Import;

/// <summary>UCDP/PRIO armed conflict and the UCDP actor list, on the real files.</summary>
public sealed class UcdpImporterTests
{
    private static readonly Lazy<ImportResult> Conflicts = new(() => new UcdpAcdImporter().Import(SharedData.File("ucdp/ucdp_acd.csv"), BundledActors.Context()));

    private static readonly Lazy<ImportResult> Actors = new(() => new UcdpActorImporter().Import(SharedData.File("ucdp/ucdp-actor-221.csv"), BundledActors.Context()));

    [Fact]
    public void Russia_sent_troops_to_the_Syrian_government_side_from_2015()
    {
        Assert.Equal(5652, Conflicts.Value.RowsRead);
        var claim = Conflicts.Value.Batch.Claims.First(c => (c.Subject, c.Object) == ("russia", "syria") && c.Note!.Contains("conflict 13604"));
        Assert.Equal(RelationType.Ally, claim.Relation);
        Assert.Equal([Area.AdvisorsTroops], claim.Areas);
        Assert.Equal(new PartialDate(2015), claim.Validity.From);
        Assert.Contains("russia sent troops to side A, alongside syria", claim.Note);
    }

    [Fact]
    public void A_state_helping_one_side_is_an_adversary_of_the_other_sides_states()
    {
        var claim = Conflicts.Value.Batch.Claims.First(c => (c.Subject, c.Object) == ("iran", "united-states") && c.Note!.Contains("conflict 14609"));
        Assert.Equal(RelationType.Adversary, claim.Relation);
        Assert.Empty(claim.Areas);
        Assert.Contains(Conflicts.Value.Batch.Claims, c => (c.Subject, c.Object, c.Relation) == ("israel", "united-states", RelationType.Ally) && c.Note!.Contains("conflict 14609"));
    }

    [Fact]
    public void The_actor_list_brings_non_state_actors_with_native_names_and_home_countries()
    {
        var result = Actors.Value;

        Assert.Equal(1725, result.RowsRead);
        Assert.Empty(result.Skipped);
        var pwg = result.Batch.Actors.Single(a => a.Id == "peoples-war-group");
        Assert.Equal(("People’s War Group", ActorKind.NonStateArmedGroup, "IND"), (pwg.Name, pwg.Kind, pwg.Country));
        Assert.Contains(pwg.Names, n => n.Text == "PWG" && n.Kind == NameKind.Acronym);
        Assert.Contains("splinter of CPI-ML", pwg.Description);
        var dse = result.Batch.Actors.Single(a => a.Names.Any(n => n.Text == "Dimkratikos stratos ellados"));
        Assert.Equal(NameKind.Native, dse.Names.Single(n => n.Text == "Dimkratikos stratos ellados").Kind);
        Assert.DoesNotContain(result.Batch.Actors, a => a.Name.StartsWith("Government of", StringComparison.Ordinal));
    }

    [Fact]
    public void Groups_the_database_knows_are_used_not_duplicated()
    {
        Assert.DoesNotContain(Actors.Value.Batch.Actors, a => a.Name is "Hezbollah" or "Ansarallah");
        Assert.Contains(Actors.Value.Batch.Claims, c => c.Subject == "peoples-war-group" && c.Relation == RelationType.Ally);
    }

    [Fact]
    public void A_malformed_conflict_row_is_reported_with_its_line_and_column()
    {
        using var folder = new TempFolder();
        var path = folder.Write("ucdp_acd.csv", "conflict_id,year,gwno_a,gwno_a_2nd,gwno_b,gwno_b_2nd,incompatibility\n1,2015,652,365,,,government\n1,2016,652,36x,,,government\n");
        folder.Write("gw_states.csv", "gwcode,stateabb,statename,startdate,enddate\n652,SYR,Syria,1946-04-17,2017-12-31\n365,RUS,Russia (Soviet Union),1816-01-01,2017-12-31\n");

        var error = Assert.Throws<ImportStoppedException>(() => new UcdpAcdImporter().Import(path, BundledActors.Context()));
        Assert.Equal((3, 12), (error.Problem.Line, error.Problem.Column));
        var skipped = new UcdpAcdImporter().Import(path, BundledActors.Context(OnError.Skip));
        Assert.Equal(new Validity(new PartialDate(2015), new PartialDate(2016)), Assert.Single(skipped.Batch.Claims).Validity);
    }
}
