using System.Globalization;
using System.Text.Json;

namespace Entente.Formats.Interchange.Export.Stix;

public sealed partial class StixBundleWriter
{
    private void WriteRelation(Utf8JsonWriter json, AssessedRelation relation)
    {
        json.WriteStartObject();
        WriteCommon(json, "relationship", StixIds.Relation(relation), TimeOf(relation));
        json.WriteString("relationship_type", StixVocabulary.RelationshipType(relation.Type));
        json.WriteString("description", Describe(relation));
        json.WriteString("source_ref", RefOf(relation.SourceId));
        json.WriteString("target_ref", RefOf(relation.TargetId));
        if (relation.Since is { } since)
            json.WriteString("start_time", StixTime.Format(since));
        // STIX wants stop_time after start_time; an interval that ends where it starts keeps its end in x_entente_until.
        if (relation.Until is { } until && (relation.Since is not { } start || until.Start > start.Start))
            json.WriteString("stop_time", StixTime.Format(until));
        json.WriteNumber("confidence", (int)Math.Round(relation.Confidence * 100, MidpointRounding.AwayFromZero));
        json.WriteStartArray("external_references");
        foreach (var source in relation.Sources)
            WriteReference(json, source);
        json.WriteEndArray();
        json.WriteString(Prefix + "relation", relation.Type.ToWire());
        json.WriteBoolean(Prefix + "directed", relation.Directed);
        ExportJson.WriteNonEmpty(json, Prefix + "areas", relation.Areas.Select(a => a.ToWire()).ToList());
        json.WriteNumber(Prefix + "score", relation.Score);
        json.WriteBoolean(Prefix + "contested", relation.Contested);
        json.WriteBoolean(Prefix + "former", relation.Former);
        if (relation.Since is { } from)
            json.WriteString(Prefix + "since", from.ToString());
        if (relation.Until is { } to)
            json.WriteString(Prefix + "until", to.ToString());
        json.WriteString(Prefix + "as_of", _set.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        ExportJson.WriteStrings(json, Prefix + "claims", relation.Claims.Select(ClaimKey.Of));
        json.WriteEndObject();
    }

    /// <summary>A source as STIX cites outside information: who published it, what it is, where, and its grade.</summary>
    private static void WriteReference(Utf8JsonWriter json, Source source)
    {
        json.WriteStartObject();
        json.WriteString("source_name", source.Publisher);
        var date = source.Published is { } published ? $", {published}" : "";
        json.WriteString("description", $"{source.Title}{date} (reliability {source.Reliability})");
        if (source.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out _))
            json.WriteString("url", url);
        json.WriteString("external_id", source.Id);
        json.WriteEndObject();
    }

    /// <summary>
    /// An ingested document as a STIX report that refers to the relationships its claims carry and the
    /// actors they name. A document none of whose claims reached the graph has nothing to refer to.
    /// </summary>
    private void WriteReport(Utf8JsonWriter json, Source document)
    {
        var relations = _relationsBySource[document.Id];
        var actorIds = _claimsBySource[document.Id]
            .SelectMany(c => new[] { c.Subject, c.Object })
            .Where(_actors.ContainsKey)
            .Distinct()
            .Order(StringComparer.Ordinal);
        var refs = relations.Select(StixIds.Relation).Concat(actorIds.Select(RefOf)).ToList();
        if (refs.Count == 0)
            return;
        var date = StixTime.DateOf(document) ?? _set.AsOf;
        json.WriteStartObject();
        WriteCommon(json, "report", StixIds.Report(document), new StixTime(date, date));
        json.WriteString("name", document.Title);
        json.WriteString("published", StixTime.Format(date));
        ExportJson.WriteStrings(json, "object_refs", refs);
        json.WriteStartArray("external_references");
        WriteReference(json, document);
        json.WriteEndArray();
        json.WriteString(Prefix + "content_hash", document.ContentHash);
        json.WriteString(Prefix + "reliability", document.Reliability.ToString());
        json.WriteEndObject();
    }

    private string RefOf(string actorId) => StixIds.Actor(StixVocabulary.ObjectType(_actors[actorId].Kind), actorId);

    private string Describe(AssessedRelation relation)
    {
        var arrow = relation.Directed ? "→" : "↔";
        var areas = relation.Areas.Count > 0 ? $"; areas: {string.Join(", ", relation.Areas.Select(a => a.ToProse()))}" : "";
        var state = relation.Former ? "former " : "";
        return $"{_actors[relation.SourceId].Name} {arrow} {_actors[relation.TargetId].Name}: {state}{relation.Type.ToWire().Replace('_', ' ')}{areas}.";
    }
}
