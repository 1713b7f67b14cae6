using System.Text.Json;

namespace Entente.Formats.Interchange.Own;

/// <summary>
/// Reads a document written by `entente export --format json` back into a batch to store: its
/// actors, sources and claims. Documents and relations are derived and are not read. A syntax
/// error is reported with its line and column, a bad value with the element's path; any problem
/// stops the read, so the batch is the whole document or nothing.
/// </summary>
public static class KnowledgeJson
{
    private const string FormatName = "entente-knowledge";
    private const int NewestVersion = 1;

    /// <exception cref="KnowledgeReadException">The document is malformed or not ours.</exception>
    public static KnowledgeBatch Read(Stream input, string name = "knowledge.json")
    {
        ArgumentNullException.ThrowIfNull(input);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(input, new JsonDocumentOptions { MaxDepth = 16 });
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

            var problems = new List<ReadProblem>();
            var reader = new KnowledgeRecordReader(problems);
            var actors = ReadArray(root, "actors", name, problems, reader.Actor);
            var sources = ReadArray(root, "sources", name, problems, reader.Source);
            var claims = ReadArray(root, "claims", name, problems, reader.Claim);
            problems.AddRange(Duplicates(actors.Select(a => a.Id), name, "actors", "actor"));
            problems.AddRange(Duplicates(sources.Select(s => s.Id), name, "sources", "source"));
            if (problems.Count > 0)
                throw new KnowledgeReadException(problems.Take(KnowledgeReadException.MaxProblems).ToList());
            return new KnowledgeBatch(actors, sources, claims);
        }
    }

    private static void CheckFormat(JsonElement root, string name)
    {
        if (root.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String && format.GetString() != FormatName)
            throw new KnowledgeReadException([new ReadProblem(name, $"the document's format is '{format.GetString()}', not '{FormatName}'") { Field = "format" }]);
        if (root.TryGetProperty("version", out var version) && (!version.TryGetInt32(out var v) || v > NewestVersion))
            throw new KnowledgeReadException([new ReadProblem(name, $"version {version.GetRawText()} is newer than this Entente reads ({NewestVersion}); update Entente") { Field = "version" }]);
    }

    private static List<T> ReadArray<T>(JsonElement root, string property, string name, List<ReadProblem> problems, Func<IKnowledgeRecord, T?> map)
        where T : class
    {
        if (!root.TryGetProperty(property, out var array) || array.ValueKind == JsonValueKind.Null)
            return [];
        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new ReadProblem(name, "expected an array") { Field = property });
            return [];
        }
        var items = new List<T>();
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"{property}[{index++}]";
            if (problems.Count >= KnowledgeReadException.MaxProblems)
                break;
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new ReadProblem(name, "expected an object") { Field = path });
                continue;
            }
            if (map(new JsonRecord(name, path, element, problems)) is { } item)
                items.Add(item);
        }
        return items;
    }

    private static IEnumerable<ReadProblem> Duplicates(IEnumerable<string> ids, string name, string property, string what) =>
        ids.GroupBy(id => id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => new ReadProblem(name, $"{what} '{g.Key}' appears {g.Count()} times") { Field = property });

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
