using System.Text;
using System.Text.Json;

namespace Entente.Formats.Interchange.Own;

/// <summary>An object of our JSON export, its fields found by their camelCase names; problems name the element's path.</summary>
internal sealed class JsonRecord(string file, string path, JsonElement element, List<ReadProblem> problems) : IKnowledgeRecord
{
    public string? Text(string field)
    {
        if (!element.TryGetProperty(CamelCase(field), out var value))
            return null;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                return text.Length > 0 ? text : null;
            case JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.Null:
                return null;
            default:
                problems.Add(Problem(field, $"expected a string, a number, true, false or null, not {Describe(value.ValueKind)}"));
                return null;
        }
    }

    public IReadOnlyList<string> List(string field)
    {
        if (!element.TryGetProperty(CamelCase(field), out var value) || value.ValueKind == JsonValueKind.Null)
            return [];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            throw new FormatException($"expected an array of strings, not {Describe(value.ValueKind)}");
        return value.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    public IReadOnlyList<ActorName> Names()
    {
        if (!element.TryGetProperty("names", out var value) || value.ValueKind == JsonValueKind.Null)
            return [];
        if (value.ValueKind != JsonValueKind.Array)
            throw new FormatException($"expected an array of names, not {Describe(value.ValueKind)}");
        return value.EnumerateArray().Select(n =>
        {
            if (n.ValueKind != JsonValueKind.Object || !n.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String
                || !n.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String)
                throw new FormatException("each name is an object with a \"text\" and a \"kind\" string");
            var lang = n.TryGetProperty("lang", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
            return new ActorName(text.GetString()!, NameKinds.Parse(kind.GetString()!), lang);
        }).ToList();
    }

    public ReadProblem Problem(string field, string message) => new(file, message) { Field = $"{path}.{CamelCase(field)}" };

    /// <summary>"official_name" → "officialName": the CSV column's name in the JSON document.</summary>
    internal static string CamelCase(string field)
    {
        var result = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
            result.Append(field[i] == '_' && i + 1 < field.Length ? char.ToUpperInvariant(field[++i]) : field[i]);
        return result.ToString();
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
