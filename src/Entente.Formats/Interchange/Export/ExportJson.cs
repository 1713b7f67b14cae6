using System.Text.Encodings.Web;
using System.Text.Json;

namespace Entente.Formats.Interchange.Export;

/// <summary>How every JSON export is written: indented, LF line ends, non-Latin names kept readable.</summary>
internal static class ExportJson
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }

    /// <summary>STIX forbids empty lists, so a list with nothing in it is left out.</summary>
    public static void WriteNonEmpty(Utf8JsonWriter json, string name, IReadOnlyCollection<string> values)
    {
        if (values.Count > 0)
            WriteStrings(json, name, values);
    }
}
