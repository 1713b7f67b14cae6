using System.Text.Json;
using System.Text.RegularExpressions;

namespace Entente.Formats.Interchange.Import.Stix;

/// <summary>Reading fields of STIX objects, which are untrusted data: missing or mistyped fields read as absent.</summary>
internal static partial class StixText
{
    public static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static bool True(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;

    public static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
            : [];

    /// <summary>The first external reference with an external id (ATT&amp;CK's "G0049"), or with a URL.</summary>
    public static (string? Id, string? Url) MainReference(JsonElement element)
    {
        if (!element.TryGetProperty("external_references", out var refs) || refs.ValueKind != JsonValueKind.Array)
            return (null, null);
        var all = refs.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object).ToList();
        var main = all.FirstOrDefault(r => String(r, "external_id") is not null);
        if (main.ValueKind == JsonValueKind.Undefined)
            main = all.FirstOrDefault(r => String(r, "url") is not null);
        return main.ValueKind == JsonValueKind.Undefined ? (null, null) : (String(main, "external_id"), String(main, "url"));
    }

    /// <summary>The description's first sentence as plain text: Markdown links to their text, citations dropped.</summary>
    public static string FirstSentence(string description)
    {
        var text = Citation().Replace(MarkdownLink().Replace(description, "$1"), "");
        var end = SentenceEnd().Match(text);
        var sentence = end.Success ? text[..(end.Index + 1)] : text;
        return Whitespace().Replace(sentence, " ").Trim();
    }

    public static PartialDate? Date(string? timestamp) =>
        timestamp is { Length: >= 10 } && PartialDate.TryParse(timestamp[..10], out var date) ? date : null;

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\(Citation:[^)]*\)")]
    private static partial Regex Citation();

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
