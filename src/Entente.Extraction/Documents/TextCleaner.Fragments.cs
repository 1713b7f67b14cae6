using System.Collections.Frozen;

namespace Entente.Extraction.Documents;

/// <summary>
/// Where an HTML fragment pasted into a text file starts and ends. Only the extent is found here,
/// by counting the fragment's own tag; AngleSharp reads what is inside.
/// </summary>
internal sealed partial class TextCleaner
{
    // A fragment that never closes is read up to here and the rest is text again.
    private const int MaxFragmentLines = 5_000;

    private static readonly FrozenSet<string> FragmentTags = FrozenSet.ToFrozenSet(
    [
        "table", "p", "ul", "ol", "dl", "div", "section", "article", "blockquote", "figure", "h1", "h2", "h3",
        "h4", "h5", "h6", "pre", "center", "main", "aside", "nav", "header", "footer",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The block tag a line opens with ("&lt;table class=…&gt;" gives "table"), or null.</summary>
    private static string? FragmentTag(ReadOnlySpan<char> line)
    {
        var end = 1;
        while (end < line.Length && char.IsAsciiLetterOrDigit(line[end]))
            end++;
        if (end == 1 || (end < line.Length && line[end] is not (' ' or '>' or '/' or '\t')) || (end == line.Length))
            return null;
        var name = line[1..end];
        return FragmentTags.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var tag) ? tag.ToLowerInvariant() : null;
    }

    /// <summary>
    /// The index of the line after the fragment that opens at <paramref name="start"/>: the line
    /// where its tag is closed as often as opened, else the first blank line not followed by more
    /// markup.
    /// </summary>
    private static int FragmentEnd(TextLines lines, int start, string tag)
    {
        var balance = 0;
        var last = Math.Min(lines.Count, start + MaxFragmentLines);
        for (var i = start; i < last; i++)
        {
            var line = lines[i];
            balance += Count(line, "<" + tag) - Count(line, "</" + tag);
            if (balance <= 0)
                return i + 1;
            if (line.IsWhiteSpace() && (i + 1 >= lines.Count || !lines.Trimmed(i + 1).StartsWith('<')))
                return i;
        }
        return last;
    }

    /// <summary>How many times the tag opener occurs as a whole tag name ("&lt;p" not in "&lt;pre").</summary>
    private static int Count(ReadOnlySpan<char> line, string opener)
    {
        var count = 0;
        var at = 0;
        while (true)
        {
            var found = line[at..].IndexOf(opener, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
                return count;
            at += found + opener.Length;
            if (at >= line.Length || line[at] is ' ' or '>' or '/' or '\t' or '\n')
                count++;
        }
    }
}
