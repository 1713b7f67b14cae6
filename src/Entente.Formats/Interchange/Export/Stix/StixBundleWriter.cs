using System.Text.Json;

namespace Entente.Formats.Interchange.Export.Stix;

/// <summary>
/// Writes an export set as one STIX 2.1 bundle: Entente as the producing identity, one object per
/// actor, one relationship per assessed relation, and one report per ingested document. Object
/// order and ids are fixed, so re-exports are byte-identical. No location or grouping objects: the
/// OASIS bundle schema does not list those types, so a bundle holding them fails it (docs/formats.md).
/// </summary>
public sealed partial class StixBundleWriter
{
    private const string Prefix = "x_entente_";

    private readonly ExportSet _set;
    private readonly Dictionary<string, Actor> _actors;
    private readonly Dictionary<string, StixTime> _actorTimes;
    private readonly ILookup<string, AssessedRelation> _relationsBySource;
    private readonly ILookup<string, Claim> _claimsBySource;

    private StixBundleWriter(ExportSet set)
    {
        _set = set;
        _actors = set.GraphActors().ToDictionary(a => a.Id, StringComparer.Ordinal);
        var relationTimes = set.Relations
            .SelectMany(r => new[] { (Actor: r.SourceId, Time: TimeOf(r)), (Actor: r.TargetId, Time: TimeOf(r)) })
            .ToLookup(x => x.Actor, x => x.Time, StringComparer.Ordinal);
        _actorTimes = _actors.Keys.ToDictionary(id => id, id => StixTime.Span(relationTimes[id], set.AsOf), StringComparer.Ordinal);
        _relationsBySource = set.Relations
            .SelectMany(r => r.Sources.Select(s => (Source: s.Id, Relation: r)))
            .ToLookup(x => x.Source, x => x.Relation, StringComparer.Ordinal);
        _claimsBySource = set.Claims.ToLookup(c => c.SourceId, StringComparer.Ordinal);
    }

    public static void Write(ExportSet set, Stream output)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(output);
        using var json = new Utf8JsonWriter(output, ExportJson.Options);
        new StixBundleWriter(set).WriteBundle(json);
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private void WriteBundle(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type", "bundle");
        json.WriteString("id", StixIds.Bundle(_set));
        json.WriteStartArray("objects");
        WriteProducer(json);
        foreach (var actor in _actors.Values)
            WriteActor(json, actor);
        foreach (var relation in _set.Relations)
            WriteRelation(json, relation);
        foreach (var document in _set.Documents)
            WriteReport(json, document);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Entente itself, named as the creator of every object it writes.</summary>
    private void WriteProducer(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        WriteCommon(json, "identity", StixIds.Producer, new StixTime(_set.AsOf, _set.AsOf), createdBy: false);
        json.WriteString("name", "Entente");
        json.WriteString("description", "Knowledge graph of alliances and alignments in world politics; relations are assessed from sourced claims.");
        json.WriteString("identity_class", "system");
        json.WriteEndObject();
    }

    private static void WriteCommon(Utf8JsonWriter json, string type, string id, StixTime time, bool createdBy = true)
    {
        json.WriteString("type", type);
        json.WriteString("spec_version", "2.1");
        json.WriteString("id", id);
        if (createdBy)
            json.WriteString("created_by_ref", StixIds.Producer);
        json.WriteString("created", StixTime.Format(time.Created));
        json.WriteString("modified", StixTime.Format(time.Modified));
    }

    private StixTime TimeOf(AssessedRelation relation) => StixTime.Of(relation.Sources, _set.AsOf);
}
