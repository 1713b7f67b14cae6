using System.Text.Json;

namespace Entente.Formats.Interchange.Import.Stix;

/// <summary>
/// The objects of a STIX 2.0 or 2.1 bundle, each with the line and column where it starts in the file
/// (JsonDocument keeps no positions, so one pass of the reader finds them), for error messages.
/// </summary>
public sealed class StixObjects : IDisposable
{
    private readonly JsonDocument _document;

    private StixObjects(JsonDocument document, IReadOnlyList<(JsonElement Object, int Line, int Column)> objects)
    {
        _document = document;
        Objects = objects;
    }

    public IReadOnlyList<(JsonElement Object, int Line, int Column)> Objects { get; }

    public static StixObjects Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new ImportFileException($"{path}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: not valid JSON ({FirstSentence(e.Message)}); a STIX bundle is one JSON object.", e);
        }
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "bundle"
            || !root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
        {
            document.Dispose();
            throw new ImportFileException($"{path} is JSON but not a STIX bundle: expected an object with \"type\": \"bundle\" and an \"objects\" array.");
        }
        var positions = ObjectStarts(bytes);
        var list = objects.EnumerateArray().Select((o, i) => i < positions.Count ? (o, positions[i].Line, positions[i].Column) : (o, 1, 1)).ToList();
        return new StixObjects(document, list);
    }

    /// <summary>Where each element of the top-level "objects" array starts (1-based line and column).</summary>
    private static List<(int Line, int Column)> ObjectStarts(byte[] bytes)
    {
        var starts = new List<(int, int)>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
        var inObjects = false;
        var line = 1;
        var lineStart = 0;
        var scanned = 0;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                inObjects = reader.ValueTextEquals("objects"u8);
            else if (inObjects && reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.StartObject)
            {
                var at = (int)reader.TokenStartIndex;
                for (; scanned < at; scanned++)
                {
                    if (bytes[scanned] == (byte)'\n')
                    {
                        line++;
                        lineStart = scanned + 1;
                    }
                }
                starts.Add((line, at - lineStart + 1));
            }
        }
        return starts;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    public void Dispose() => _document.Dispose();
}
