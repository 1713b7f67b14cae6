using System.Text.Json;

namespace Entente.Formats.Interchange.Export.Json;

/// <summary>
/// Writes the knowledge base as one JSON document (docs/formats.md gives the shape): actors, sources,
/// the ingested documents among them, claims, and the relations assessed from the claims as of the
/// export date. Optional fields are written as null rather than left out, so every record has the
/// same keys. <see cref="Own.KnowledgeJson.Read"/> reads actors, sources and claims back.
/// </summary>
public static partial class KnowledgeJsonWriter
{
    public const string FormatName = "entente-knowledge";
    public const int Version = 1;

    public static void Write(ExportSet set, Stream output)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var json = new Utf8JsonWriter(output, ExportJson.Options);
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteNumber("version", Version);
        json.WriteString("asOf", KnowledgeText.Day(set.AsOf));
        if (set.Scope is { } scope)
        {
            json.WriteStartObject("scope");
            json.WriteString("about", scope.ActorId);
            json.WriteNumber("depth", scope.Depth);
            json.WriteEndObject();
        }
        WriteArray(json, "actors", set.Actors, WriteActor);
        WriteArray(json, "sources", set.Sources, WriteSource);
        WriteArray(json, "documents", set.Documents.Select(s => (s, set.TextOf(s))).ToList(), WriteDocument);
        WriteArray(json, "claims", set.Claims, WriteClaim);
        WriteArray(json, "relations", set.Relations, WriteRelation);
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteActor(Utf8JsonWriter json, Actor a)
    {
        json.WriteString("id", a.Id);
        json.WriteString("kind", a.Kind.ToWire());
        json.WriteString("name", a.Name);
        json.WriteString("officialName", a.OfficialName);
        json.WriteString("iso2", a.Iso2);
        json.WriteString("iso3", a.Iso3);
        json.WriteString("capital", a.Capital);
        json.WriteString("demonym", a.Demonym);
        json.WriteString("country", a.Country);
        json.WriteString("parent", a.Parent);
        json.WriteString("governs", a.Governs);
        json.WriteString("since", a.Since?.ToString());
        json.WriteString("until", a.Until?.ToString());
        json.WriteBoolean("greatPower", a.GreatPower);
        json.WriteString("blocType", a.BlocType);
        json.WriteString("description", a.Description);
        json.WriteStartArray("names");
        foreach (var n in a.Names)
        {
            json.WriteStartObject();
            json.WriteString("text", n.Text);
            json.WriteString("kind", n.Kind.ToWire());
            json.WriteString("lang", n.Lang);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteSource(Utf8JsonWriter json, Source s)
    {
        json.WriteString("id", s.Id);
        json.WriteString("title", s.Title);
        json.WriteString("publisher", s.Publisher);
        json.WriteString("url", s.Url);
        json.WriteString("published", s.Published?.ToString());
        json.WriteString("retrieved", KnowledgeText.Day(s.Retrieved));
        json.WriteString("reliability", s.Reliability.ToString());
        json.WriteString("contentHash", s.ContentHash);
    }

    /// <summary>
    /// A document: the fields of its stored text when the database has it (its own title, path, the
    /// extractor that read it, the text quotes point into), else what its source says of it.
    /// </summary>
    private static void WriteDocument(Utf8JsonWriter json, (Source Source, Document? Stored) document)
    {
        var (s, stored) = document;
        json.WriteString("contentHash", stored?.ContentHash ?? s.ContentHash);
        json.WriteString("source", s.Id);
        json.WriteString("title", stored is null ? s.Title : stored.Title);
        json.WriteString("url", stored is null ? s.Url : stored.Url);
        json.WriteString("published", (stored is null ? s.Published : stored.Published)?.ToString());
        json.WriteString("path", stored?.Path);
        json.WriteString("extractor", stored?.Extractor);
        json.WriteString("text", stored?.Text);
    }
}
