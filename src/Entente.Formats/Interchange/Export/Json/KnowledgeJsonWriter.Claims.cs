using System.Text.Json;

namespace Entente.Formats.Interchange.Export.Json;

public static partial class KnowledgeJsonWriter
{
    private static void WriteClaim(Utf8JsonWriter json, Claim c)
    {
        json.WriteString("id", ClaimKey.Of(c));
        json.WriteString("subject", c.Subject);
        json.WriteString("object", c.Object);
        json.WriteString("relation", c.Relation?.ToWire());
        ExportJson.WriteStrings(json, "areas", c.Areas.Select(a => a.ToWire()));
        json.WriteBoolean("directed", c.Directed);
        json.WriteString("polarity", c.Polarity.ToWire());
        json.WriteBoolean("hedged", c.Hedged);
        json.WriteString("from", c.Validity.From?.ToString());
        json.WriteString("until", c.Validity.Until?.ToString());
        json.WriteString("source", c.SourceId);
        json.WriteString("quote", c.Quote);
        WriteNumber(json, "quoteStart", c.QuoteStart);
        WriteNumber(json, "quoteEnd", c.QuoteEnd);
        json.WriteString("note", c.Note);
        json.WriteString("producedBy", c.ProducedBy);
        json.WriteString("status", c.Status.ToWire());
    }

    private static void WriteRelation(Utf8JsonWriter json, AssessedRelation r)
    {
        json.WriteString("source", r.SourceId);
        json.WriteString("target", r.TargetId);
        json.WriteBoolean("directed", r.Directed);
        json.WriteString("relation", r.Type.ToWire());
        ExportJson.WriteStrings(json, "areas", r.Areas.Select(a => a.ToWire()));
        json.WriteNumber("score", r.Score);
        json.WriteNumber("confidence", r.Confidence);
        json.WriteBoolean("contested", r.Contested);
        json.WriteBoolean("former", r.Former);
        json.WriteString("since", r.Since?.ToString());
        json.WriteString("until", r.Until?.ToString());
        ExportJson.WriteStrings(json, "claims", r.Claims.Select(ClaimKey.Of));
        ExportJson.WriteStrings(json, "sources", r.Sources.Select(s => s.Id));
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
            json.WriteNumber(name, number);
        else
            json.WriteNull(name);
    }
}
