using System.Text.Json;
using Entente.Formats.Interchange.Export;
using Entente.Formats.Interchange.Export.Stix;

namespace Entente.Formats.Tests.Interchange;

public sealed class StixBundleWriterTests
{
    [Fact]
    public void The_bundled_knowledge_exports_as_a_bundle_the_OASIS_schemas_accept()
    {
        var result = ValidateExport(ExportFixtures.BundledSet());
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("valid:", result.Stdout.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_with_a_document_report_and_a_neighbourhood_also_validates()
    {
        var result = ValidateExport(ExportSet.Build(ExportFixtures.WithDocument(), ExportFixtures.AsOf));
        Assert.True(result.ExitCode == 0, result.ToString());
        var scoped = ValidateExport(ExportFixtures.BundledSet(new ExportScope("iran", 2)));
        Assert.True(scoped.ExitCode == 0, scoped.ToString());
    }

    [Fact]
    public void The_validator_rejects_a_bundle_that_breaks_the_schema()
    {
        var text = System.Text.Encoding.UTF8.GetString(ExportFixtures.Export(ExportFormat.Stix, ExportFixtures.BundledSet()));
        var broken = text.Replace("\"spec_version\": \"2.1\"", "\"spec_version\": \"9\"", StringComparison.Ordinal);
        Assert.NotEqual(text, broken);
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, broken);
            var result = StixValidator.Validate(file);
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("spec_version", result.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Exporting_twice_gives_the_same_bytes_and_ids()
    {
        var first = ExportFixtures.Export(ExportFormat.Stix, ExportFixtures.BundledSet());
        var second = ExportFixtures.Export(ExportFormat.Stix, ExportSet.Build(ExportFixtures.Bundled, ExportFixtures.AsOf));
        Assert.Equal(first, second);
        var ids = Objects(Parse(first)).Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("identity--" + Uuid5.Create(StixIds.Namespace, "actor:iran"), ids);
    }

    [Fact]
    public void There_is_one_relationship_per_assessed_relation()
    {
        var set = ExportFixtures.BundledSet();
        var relationships = Objects(Parse(ExportFixtures.Export(ExportFormat.Stix, set))).Where(o => o.GetProperty("type").GetString() == "relationship");
        Assert.Equal(set.Relations.Count, relationships.Count());
        Assert.True(set.Relations.Count > 100, $"only {set.Relations.Count} relations assessed");
    }

    [Fact]
    public void Iran_sponsoring_Hezbollah_carries_type_direction_dates_confidence_and_sources()
    {
        var set = ExportFixtures.BundledSet();
        var bundle = Parse(ExportFixtures.Export(ExportFormat.Stix, set));
        var relation = set.Relations.Single(r => r.SourceId == "iran" && r.TargetId == "hezbollah");
        var stix = Objects(bundle).Single(o => o.GetProperty("id").GetString() == StixIds.Relation(relation));

        Assert.Equal("sponsors-proxy", stix.GetProperty("relationship_type").GetString());
        Assert.Equal(StixIds.Actor("identity", "iran"), stix.GetProperty("source_ref").GetString());
        Assert.Equal(StixIds.Actor("threat-actor", "hezbollah"), stix.GetProperty("target_ref").GetString());
        Assert.Equal("1982-01-01T00:00:00.000Z", stix.GetProperty("start_time").GetString());
        Assert.False(stix.TryGetProperty("stop_time", out _));
        Assert.Equal((int)Math.Round(relation.Confidence * 100), stix.GetProperty("confidence").GetInt32());
        Assert.InRange(stix.GetProperty("confidence").GetInt32(), 1, 100);
        Assert.Equal("proxy", stix.GetProperty("x_entente_relation").GetString());
        Assert.Contains("weapons", stix.GetProperty("x_entente_areas").EnumerateArray().Select(a => a.GetString()));
        var references = stix.GetProperty("external_references").EnumerateArray().ToList();
        Assert.Equal(relation.Sources.Count, references.Count);
        Assert.All(references, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("source_name").GetString())));
        Assert.Equal(relation.Sources.Select(s => s.Id), references.Select(r => r.GetProperty("external_id").GetString()));
    }

    [Fact]
    public void A_former_relation_has_a_stop_time_and_timestamps_come_from_its_sources()
    {
        var set = ExportFixtures.BundledSet();
        var former = set.Relations.First(r => r.Former && r.Until is not null && r.Since is not null && r.Until.Value.Start > r.Since.Value.Start);
        var stix = Objects(Parse(ExportFixtures.Export(ExportFormat.Stix, set))).Single(o => o.GetProperty("id").GetString() == StixIds.Relation(former));

        Assert.Equal(former.Until!.Value.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00.000Z",
            stix.GetProperty("stop_time").GetString());
        var earliest = former.Sources.Select(s => s.Published?.Start ?? s.Retrieved).Min()!.Value;
        Assert.StartsWith(earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), stix.GetProperty("created").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_ingested_document_becomes_a_report_that_refers_to_the_relations_it_carries()
    {
        var set = ExportSet.Build(ExportFixtures.WithDocument(), ExportFixtures.AsOf);
        var objects = Objects(Parse(ExportFixtures.Export(ExportFormat.Stix, set))).ToList();
        var report = Assert.Single(objects, o => o.GetProperty("type").GetString() == "report");
        var proxy = set.Relations.Single(r => r.Type == RelationType.Proxy);

        Assert.Equal("Tehran \"deepens\" ties, report says", report.GetProperty("name").GetString());
        Assert.Equal("2025-03-04T00:00:00.000Z", report.GetProperty("published").GetString());
        var refs = report.GetProperty("object_refs").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains(StixIds.Relation(proxy), refs);
        Assert.DoesNotContain(StixIds.Relation(set.Relations.Single(r => r.Type == RelationType.Adversary)), refs);
        Assert.All(refs, r => Assert.Contains(objects, o => o.GetProperty("id").GetString() == r));
        var hezbollah = Assert.Single(objects, o => o.GetProperty("type").GetString() == "threat-actor");
        Assert.Equal(["Hizb Allah, \"Party of God\""], hezbollah.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void Membership_points_from_the_member_to_the_bloc_which_is_an_identity()
    {
        var set = ExportFixtures.BundledSet();
        var membership = set.Relations.Single(r => r.Type == RelationType.MemberOf && r.SourceId == "iran" && r.TargetId == "axis-of-resistance");
        var objects = Objects(Parse(ExportFixtures.Export(ExportFormat.Stix, set))).ToList();
        var stix = objects.Single(o => o.GetProperty("id").GetString() == StixIds.Relation(membership));

        Assert.Equal("member-of", stix.GetProperty("relationship_type").GetString());
        Assert.Equal(StixIds.Actor("identity", "iran"), stix.GetProperty("source_ref").GetString());
        Assert.Equal(StixIds.Actor("identity", "axis-of-resistance"), stix.GetProperty("target_ref").GetString());
        Assert.Contains(objects, o => o.GetProperty("id").GetString() == StixIds.Actor("identity", "axis-of-resistance")
            && o.GetProperty("x_entente_kind").GetString() == "bloc");
    }

    [Fact]
    public void Every_relation_type_has_its_own_name_that_follows_the_STIX_rule_for_custom_types()
    {
        var names = Enum.GetValues<RelationType>().Select(StixVocabulary.RelationshipType).ToList();
        Assert.All(names, n => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", n));
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    private static ToolResult ValidateExport(ExportSet set)
    {
        var file = Path.Combine(Path.GetTempPath(), $"entente-stix-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllBytes(file, ExportFixtures.Export(ExportFormat.Stix, set));
            return StixValidator.Validate(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static JsonElement Parse(byte[] bytes) => JsonDocument.Parse(bytes).RootElement;

    private static IEnumerable<JsonElement> Objects(JsonElement bundle) => bundle.GetProperty("objects").EnumerateArray();
}
