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
        var bytes = JsonPositions.ReadAllBytes(path);
        var document = JsonPositions.Parse(path, bytes, "a STIX bundle is one JSON object");
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "bundle"
            || !root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
        {
            document.Dispose();
            throw new ImportFileException($"{path} is JSON but not a STIX bundle: expected an object with \"type\": \"bundle\" and an \"objects\" array.");
        }
        var positions = JsonPositions.ElementStarts(bytes, "objects"u8);
        var list = objects.EnumerateArray().Select((o, i) => i < positions.Count ? (o, positions[i].Line, positions[i].Column) : (o, 1, 1)).ToList();
        return new StixObjects(document, list);
    }

    public void Dispose() => _document.Dispose();
}
