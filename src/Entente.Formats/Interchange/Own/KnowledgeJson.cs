using System.Text.Json;
using Entente.Formats.Interchange.Import;

namespace Entente.Formats.Interchange.Own;

/// <summary>
/// Reads a document written by `entente export --format json` back into a batch to store: its
/// actors, sources, claims and the texts of its documents. Relations are derived and are not read.
/// A syntax error is reported with its line and column; a bad value with the line and column where
/// its element starts and the element's path.
/// </summary>
public static class KnowledgeJson
{
    private const string FormatName = "entente-knowledge";
    private const int NewestVersion = 1;
    private static readonly string[] Arrays = ["actors", "sources", "documents", "claims"];

    /// <summary>Reads all of the document or nothing: any problem stops the read.</summary>
    /// <exception cref="KnowledgeReadException">The document is malformed or not ours.</exception>
    public static KnowledgeBatch Read(Stream input, string name = "knowledge.json")
    {
        var read = Read(input, name, stopEarly: true);
        return read.LeftOut.Count > 0
            ? throw new KnowledgeReadException(read.LeftOut.Where(p => !p.FollowsFromAnother).Take(KnowledgeReadException.MaxProblems).ToList())
            : read.Batch;
    }

    /// <summary>Reads the well-formed records and says which were left out and why.</summary>
    /// <exception cref="KnowledgeReadException">The document as a whole cannot be read (not JSON, not ours).</exception>
    public static KnowledgeRead ReadSkippingBadRecords(Stream input, string name = "knowledge.json") => Read(input, name, stopEarly: false);

    private static KnowledgeRead Read(Stream input, string name, bool stopEarly)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        var bytes = copy.ToArray();
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new KnowledgeReadException([new ReadProblem(name, $"not valid JSON: {FirstSentence(e.Message)}")
            {
                Line = (int?)e.LineNumber + 1, Column = (int?)e.BytePositionInLine + 1,
            }]);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new KnowledgeReadException([new ReadProblem(name, "the document is not a JSON object")]);
            CheckFormat(root, name);
            var notArrays = Arrays.Where(p => root.TryGetProperty(p, out var a) && a.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null)).ToList();
            if (notArrays.Count > 0)
                throw new KnowledgeReadException(notArrays.Select(p => new ReadProblem(name, "expected an array") { Field = p }).ToList());

            var problems = new List<ReadProblem>();
            var reader = new KnowledgeRecordReader(problems);
            var keeper = new RecordKeeper(problems);
            var actors = ReadArray(root, "actors", name, keeper, problems, stopEarly, reader.Actor, a => a.Id);
            var sources = ReadArray(root, "sources", name, keeper, problems, stopEarly, reader.Source, s => s.Id);
            var documents = ReadArray(root, "documents", name, keeper, problems, stopEarly, r => keeper.Check(r, reader.Document(r)), d => d.ContentHash);
            var claims = ReadArray(root, "claims", name, keeper, problems, stopEarly, r => keeper.Check(r, reader.Claim(r)), _ => null);
            var located = problems.Count > 0 ? Locate(problems, bytes) : problems;
            return new KnowledgeRead(new KnowledgeBatch(actors, sources, claims) { Documents = documents }, located);
        }
    }

    private static void CheckFormat(JsonElement root, string name)
    {
        if (root.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String && format.GetString() != FormatName)
            throw new KnowledgeReadException([new ReadProblem(name, $"the document's format is '{format.GetString()}', not '{FormatName}'") { Field = "format" }]);
        if (root.TryGetProperty("version", out var version) && (!version.TryGetInt32(out var v) || v > NewestVersion))
            throw new KnowledgeReadException([new ReadProblem(name, $"version {version.GetRawText()} is newer than this Entente reads ({NewestVersion}); update Entente") { Field = "version" }]);
    }

    private static List<T> ReadArray<T>(
        JsonElement root, string property, string name, RecordKeeper keeper, List<ReadProblem> problems, bool stopEarly,
        Func<IKnowledgeRecord, T?> map, Func<T, string?> id)
        where T : class
    {
        var items = new List<T>();
        if (!root.TryGetProperty(property, out var array) || array.ValueKind == JsonValueKind.Null)
            return items;
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"{property}[{index++}]";
            if (stopEarly && problems.Count >= KnowledgeReadException.MaxProblems)
                break;
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new ReadProblem(name, "expected an object") { Field = path });
                continue;
            }
            if (keeper.Keep(new JsonRecord(name, path, element, problems), map, id, seen, property[..^1], path) is { } item)
                items.Add(item);
        }
        return items;
    }

    /// <summary>Gives each problem the line and column where its element ("claims[12]") starts in the file.</summary>
    private static List<ReadProblem> Locate(List<ReadProblem> problems, byte[] bytes)
    {
        var starts = Arrays.ToDictionary(p => p, p => JsonPositions.ElementStarts(bytes, System.Text.Encoding.UTF8.GetBytes(p)));
        return problems.Select(p =>
        {
            if (p.Line is not null || p.Field is not { } field)
                return p;
            var open = field.IndexOf('[', StringComparison.Ordinal);
            var close = field.IndexOf(']', StringComparison.Ordinal);
            return open > 0 && close > open && starts.TryGetValue(field[..open], out var list)
                && int.TryParse(field.AsSpan(open + 1, close - open - 1), System.Globalization.CultureInfo.InvariantCulture, out var i) && i < list.Count
                ? p with { Line = list[i].Line, Column = list[i].Column }
                : p;
        }).ToList();
    }

    /// <summary>The parser's reason without the position it appends (the problem carries that already).</summary>
    private static string FirstSentence(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
                message = message[..cut];
        }
        return message.TrimEnd(' ', ',', '.');
    }
}
