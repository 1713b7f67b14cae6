using Entente.Formats.Interchange.Import;
using Entente.Formats.Interchange.Import.Misp;

namespace Entente.Formats.Tests.Interchange.Import;

public sealed class MispGalaxyImporterTests
{
    private static readonly Lazy<ImportResult> Real = new(() => new MispGalaxyImporter().Import(SharedData.File("cti/misp-galaxy-threat-actor.json"), BundledActors.Context()));

    [Fact]
    public void Clusters_become_groups_with_synonyms_and_home_countries()
    {
        Assert.Equal(1041, Real.Value.RowsRead);
        var charming = Real.Value.Batch.Actors.Single(a => a.Id == "charming-kitten");
        Assert.Equal((ActorKind.Organization, "IRN"), (charming.Kind, charming.Country));
        Assert.Contains(charming.Names, n => n.Text == "Newscaster" && n.Kind == NameKind.Alias);
    }

    [Fact]
    public void A_suspected_state_sponsor_is_a_hedged_proxy_claim()
    {
        var claim = Real.Value.Batch.Claims.Single(c => c.Object == "charming-kitten");
        Assert.Equal(("iran", RelationType.Proxy, true, true), (claim.Subject, claim.Relation, claim.Hedged, claim.Directed));
        Assert.Contains("Iran (Islamic Republic of)", claim.Note);
        Assert.True(Real.Value.Batch.Claims.Count(c => c.Subject == "iran") >= 15);
        Assert.Contains(Real.Value.Batch.Claims, c => c.Subject == "north-korea");
        var source = Real.Value.Batch.Sources.Single(s => s.Id == claim.SourceId);
        Assert.Equal(("MISP Project", "C3"), (source.Publisher, source.Reliability.ToString()));
    }

    [Fact]
    public void An_entry_without_a_name_is_reported_where_it_is()
    {
        using var folder = new TempFolder();
        var path = folder.Write("galaxy.json", "{\"values\": [\n  {\"uuid\": \"1\"},\n  {\"value\": \"Good\", \"uuid\": \"2\", \"meta\": {\"cfr-suspected-state-sponsor\": \"Iran (Islamic Republic of)\"}}\n]}");

        var stop = Assert.Throws<ImportStoppedException>(() => new MispGalaxyImporter().Import(path, BundledActors.Context()));
        Assert.Equal((2, 3), (stop.Problem.Line, stop.Problem.Column));
        var skip = new MispGalaxyImporter().Import(path, BundledActors.Context(OnError.Skip));
        Assert.Equal(("iran", "good"), (Assert.Single(skip.Batch.Claims).Subject, skip.Batch.Claims[0].Object));
    }
}
