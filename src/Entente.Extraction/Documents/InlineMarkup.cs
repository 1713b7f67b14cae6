using System.Collections.Frozen;

namespace Entente.Extraction.Documents;

/// <summary>
/// Whether a paragraph of a text file carries inline HTML ("&lt;b&gt;Iran&lt;/b&gt;", "&lt;br&gt;",
/// "&lt;a href=…&gt;") or character references ("&amp;amp;"), which the HTML path then reads.
/// </summary>
internal static class InlineMarkup
{
    private const int MaxTagName = 10;

    private static readonly FrozenSet<string> InlineTags = FrozenSet.ToFrozenSet(
    [
        "a", "b", "i", "em", "strong", "br", "span", "u", "sup", "sub", "small", "font", "abbr", "cite", "q",
        "mark", "s", "code", "img", "strike", "del", "ins", "time", "wbr",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BlockTags = FrozenSet.ToFrozenSet(
    [
        "table", "tr", "td", "th", "thead", "tbody", "p", "ul", "ol", "li", "dl", "dt", "dd", "div", "h1", "h2",
        "h3", "h4", "h5", "h6", "blockquote", "section", "article",
    ], StringComparer.OrdinalIgnoreCase);

    public static bool HasTags(ReadOnlySpan<char> text) => HasTagOf(text, InlineTags);

    /// <summary>A fragment pasted mid-line ("… as follows: &lt;table&gt;…"), to be read into blocks of its own.</summary>
    public static bool HasBlockTags(ReadOnlySpan<char> text) => HasTagOf(text, BlockTags);

    private static bool HasTagOf(ReadOnlySpan<char> text, FrozenSet<string> names)
    {
        var tags = names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var at = text.IndexOf('<'); at >= 0 && at + 1 < text.Length; at = Next(text, at))
        {
            var start = at + 1 + (text[at + 1] == '/' ? 1 : 0);
            var end = start;
            while (end < text.Length && end - start <= MaxTagName && char.IsAsciiLetterOrDigit(text[end]))
                end++;
            if (end < text.Length && end > start && text[end] is ' ' or '>' or '/' && tags.Contains(text[start..end]))
                return true;
        }
        return false;
    }

    /// <summary>"&amp;amp;", "&amp;#8217;", "&amp;nbsp;": an ampersand, a name or number, a semicolon.</summary>
    public static bool HasCharacterReferences(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('&'); at >= 0; at = Next(text, at, '&'))
        {
            var end = at + 1;
            while (end < text.Length && end - at <= MaxTagName && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '#'))
                end++;
            if (end < text.Length && end > at + 1 && text[end] == ';')
                return true;
        }
        return false;
    }

    private static int Next(ReadOnlySpan<char> text, int at, char mark = '<')
    {
        var next = text[(at + 1)..].IndexOf(mark);
        return next < 0 ? -1 : at + 1 + next;
    }
}
