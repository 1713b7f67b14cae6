using Entente.Formats.Interchange.Import;
using Entente.Formats.Interchange.Import.Stix;

namespace Entente.Formats.Tests.Interchange.Import;

/// <summary>STIX 2.0 (the real MITRE ATT&amp;CK bundle) and 2.1 (a bundle the test writes).</summary>
public sealed class StixImporterTests
{
    private static readonly Lazy<ImportResult> Mitre = new(() =>
        new StixImporter().Import(SharedData.File("cti/mitre-attack-groups-iran-relationships.stix20.json"), BundledActors.Context()));

    private static Claim AttributionOf(string group) => Mitre.Value.Batch.Claims.Single(c => c.Object == group);

    [Fact]
    public void Mitre_groups_become_actors_with_their_aliases()
    {
        var result = Mitre.Value;

        Assert.Equal(810, result.RowsRead);
        var oilrig = result.Batch.Actors.Single(a => a.Id == "oilrig");
        Assert.Equal(ActorKind.Organization, oilrig.Kind);
        Assert.Equal("IRN", oilrig.Country);
        Assert.Contains(oilrig.Names, n => n.Text == "APT34" && n.Kind == NameKind.Alias);
        Assert.DoesNotContain(result.Batch.Actors, a => a.Name == "The MITRE Corporation");
    }

    [Fact]
    public void Iran_linked_mitre_groups_are_attributed_to_Iran()
    {
        var iranian = Mitre.Value.Batch.Claims.Where(c => c.Subject == "iran").Select(c => c.Object).ToHashSet();

        Assert.Superset(new HashSet<string> { "oilrig", "apt33", "apt39", "apt42", "magic-hound", "muddywater", "copykittens", "leafminer", "agrius", "fox-kitten" }, iranian);
        var claim = AttributionOf("apt42");
        Assert.Equal((RelationType.Proxy, true, false), (claim.Relation, claim.Directed, claim.Hedged));
        Assert.Equal([Area.Cyber], claim.Areas);
        Assert.Equal("APT42 is an Iranian-sponsored threat group that conducts cyber espionage and surveillance.", claim.Quote);
        var source = Mitre.Value.Batch.Sources.Single(s => s.Id == claim.SourceId);
        Assert.Equal(("APT42 (G1044)", "The MITRE Corporation", "https://attack.mitre.org/groups/G1044"), (source.Title, source.Publisher, source.Url));
    }

    [Fact]
    public void Suspicion_is_hedged_and_victims_are_never_taken_for_sponsors()
    {
        Assert.True(AttributionOf("oilrig").Hedged);
        Assert.DoesNotContain(Mitre.Value.Batch.Claims, c => c.Object is "strider" or "ferocious-kitten");
        Assert.DoesNotContain(Mitre.Value.Batch.Claims, c => c.Object is "machete" or "poseidon-group" or "apt-c-36");
    }

    [Fact]
    public void A_stix_21_bundle_with_attributed_to_a_location_gives_a_firm_claim()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bundle.json", """
            {"type": "bundle", "id": "bundle--1", "objects": [
              {"type": "threat-actor", "spec_version": "2.1", "id": "threat-actor--1", "name": "Example Brigade",
               "threat_actor_types": ["terrorist"], "aliases": ["EB"], "modified": "2024-05-01T00:00:00.000Z"},
              {"type": "location", "spec_version": "2.1", "id": "location--1", "country": "IR"},
              {"type": "relationship", "spec_version": "2.1", "id": "relationship--1", "relationship_type": "attributed-to",
               "source_ref": "threat-actor--1", "target_ref": "location--1"}
            ]}
            """);

        var result = new StixImporter().Import(path, BundledActors.Context());

        var group = Assert.Single(result.Batch.Actors);
        Assert.Equal(("example-brigade", ActorKind.NonStateArmedGroup, "IRN"), (group.Id, group.Kind, group.Country));
        var claim = Assert.Single(result.Batch.Claims);
        Assert.Equal(("iran", "example-brigade", false), (claim.Subject, claim.Object, claim.Hedged));
        Assert.Equal(new PartialDate(2024, 5, 1), Assert.Single(result.Batch.Sources).Published);
    }

    [Fact]
    public void Broken_json_is_refused_with_its_line_and_column()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.json", "{\"type\": \"bundle\",\n \"objects\": [ {\"id\": } ]}");
        var error = Assert.Throws<ImportFileException>(() => new StixImporter().Import(path, BundledActors.Context()));
        Assert.Contains("bad.json:2:", error.Message);
        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public void An_object_without_a_name_stops_or_is_skipped_with_its_position()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bundle.json", "{\"type\": \"bundle\", \"objects\": [\n  {\"type\": \"intrusion-set\", \"id\": \"intrusion-set--1\"},\n  {\"type\": \"intrusion-set\", \"id\": \"intrusion-set--2\", \"name\": \"Fine\"}\n]}");

        var stop = Assert.Throws<ImportStoppedException>(() => new StixImporter().Import(path, BundledActors.Context()));
        Assert.Equal((2, 3), (stop.Problem.Line, stop.Problem.Column));
        var skip = new StixImporter().Import(path, BundledActors.Context(OnError.Skip));
        Assert.Equal("fine", Assert.Single(skip.Batch.Actors).Id);
        Assert.Single(skip.Skipped);
    }

    [Fact]
    public void A_json_file_that_is_not_a_bundle_is_refused()
    {
        using var folder = new TempFolder();
        var path = folder.Write("x.json", "{\"type\": \"report\"}");
        Assert.Contains("not a STIX bundle", Assert.Throws<ImportFileException>(() => new StixImporter().Import(path, BundledActors.Context())).Message);
    }
}
