namespace Entente.Extraction.Documents;

/// <summary>
/// What a text file says about itself in its first lines: "Title:", "Date:" / "Published:",
/// "Source:" / "Publisher:", "URL:" header lines, a YAML front matter block between "---" lines,
/// and a "By …" byline (dropped: it names a person and says nothing about alliances).
/// </summary>
internal sealed record TextMetadata(string? Title, PartialDate? Date, string? Url, string? Publisher)
{
    private const int MaxHeaderLines = 40;
    // Long enough for two authors with their affiliations; a sentence would end with a full stop.
    private const int MaxBylineLength = 160;

    /// <summary>Reads the header and returns the index of the first line after it.</summary>
    public static (TextMetadata Metadata, int BodyStart) Read(TextLines lines)
    {
        var metadata = new TextMetadata(null, null, null, null);
        var i = 0;
        while (i < lines.Count && lines.IsBlank(i))
            i++;
        var frontMatter = i < lines.Count && lines.Trimmed(i) is "---" && HasClosingFence(lines, i + 1);
        if (frontMatter)
            i++;
        for (var read = 0; i < lines.Count && read < MaxHeaderLines; i++, read++)
        {
            var line = lines.Trimmed(i);
            if (frontMatter && line is "---")
                return (metadata, i + 1);
            if (line.IsEmpty)
                continue;
            if (IsByline(line))
                continue;
            var colon = line.IndexOf(':');
            if (colon <= 0 || !metadata.TryAdd(line[..colon].Trim(), Unquote(line[(colon + 1)..].Trim()), out metadata))
            {
                if (frontMatter)
                    continue;
                break;
            }
        }
        return (metadata, i);
    }

    private bool TryAdd(ReadOnlySpan<char> key, string value, out TextMetadata result)
    {
        result = this;
        if (value.Length == 0)
            return false;
        switch (key.ToString().ToLowerInvariant())
        {
            case "title" or "headline":
                result = this with { Title = Title ?? Whitespace.Collapse(value) };
                return true;
            case "date" or "published" or "publication date" or "date published" or "published on" or "updated":
                if (HtmlMetadata.ParseDate(value) is not { } date)
                    return false;
                result = this with { Date = Date ?? date };
                return true;
            case "source" or "publisher" or "site" or "outlet":
                result = this with { Publisher = Publisher ?? Whitespace.Collapse(value) };
                return true;
            case "url" or "link" or "source url" or "canonical":
                result = Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                    ? this with { Url = Url ?? uri.ToString() }
                    : this;
                return true;
            case "author" or "authors" or "by" or "byline":
                return true;
            default:
                return false;
        }
    }

    private static bool HasClosingFence(TextLines lines, int from)
    {
        for (var i = from; i < lines.Count && i < from + MaxHeaderLines; i++)
        {
            if (lines.Trimmed(i) is "---" or "...")
                return true;
        }
        return false;
    }

    /// <summary>"By Jane Doe": a short line naming the author.</summary>
    public static bool IsByline(ReadOnlySpan<char> line) =>
        line.Length <= MaxBylineLength && line.StartsWith("By ", StringComparison.Ordinal)
        && line.Length > 3 && char.IsUpper(line[3]) && !line.EndsWith(".");

    private static string Unquote(ReadOnlySpan<char> value)
    {
        if (value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0])
            value = value[1..^1];
        return value.ToString();
    }
}
