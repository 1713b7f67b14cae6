using System.Text;
using Entente.Formats.Reports;

namespace Entente.Formats.Markdown;

/// <summary>Makes text from the data safe to place inside a Markdown paragraph, list item or table cell.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Backslash-escapes the characters that start emphasis, code, links or table cells, and writes
    /// &lt; &gt; &amp; as entities: not every renderer honours "\&lt;", and a raw tag must never reach
    /// a renderer that passes HTML through. Line breaks become spaces so a value stays in its cell.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in ControlText.Strip(text, keepLineBreaks: true))
        {
            switch (c)
            {
                case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '~':
                    result.Append('\\').Append(c);
                    break;
                case '<':
                    result.Append("&lt;");
                    break;
                case '>':
                    result.Append("&gt;");
                    break;
                case '&':
                    result.Append("&amp;");
                    break;
                case '\n':
                    result.Append(' ');
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.ToString();
    }

    /// <summary>A link destination: parentheses and spaces are percent-encoded so the URL cannot end the link early.</summary>
    public static string Destination(string href) =>
        href.Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal);
}
