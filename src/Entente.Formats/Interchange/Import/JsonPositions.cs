using System.Text.Json;

namespace Entente.Formats.Interchange.Import;

/// <summary>Line and column of JSON elements, which JsonDocument does not keep: for error messages that point into the file.</summary>
public static class JsonPositions
{
    /// <summary>Where each element of the top-level array property <paramref name="property"/> starts (1-based line and column).</summary>
    public static List<(int Line, int Column)> ElementStarts(byte[] json, ReadOnlySpan<byte> property)
    {
        var starts = new List<(int, int)>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        var inArray = false;
        var line = 1;
        var lineStart = 0;
        var scanned = 0;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                inArray = reader.ValueTextEquals(property);
            else if (inArray && reader.CurrentDepth == 2 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.String or JsonTokenType.Number)
            {
                var at = (int)reader.TokenStartIndex;
                for (; scanned < at; scanned++)
                {
                    if (json[scanned] == (byte)'\n')
                    {
                        line++;
                        lineStart = scanned + 1;
                    }
                }
                starts.Add((line, at - lineStart + 1));
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    reader.Skip();
            }
        }
        return starts;
    }

    /// <summary>The file's bytes without a UTF-8 byte-order mark, which the JSON reader does not expect.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
    }

    /// <summary>Reads a JSON file whole, or says where it is broken: "file:3:14: not valid JSON (…)".</summary>
    public static JsonDocument Parse(string path, byte[] bytes, string what)
    {
        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new ImportFileException($"{path}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: not valid JSON ({Reason(e)}); {what}.", e);
        }
    }

    public static string Reason(JsonException e)
    {
        var end = e.Message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? e.Message.TrimEnd('.') : e.Message[..end];
    }
}
