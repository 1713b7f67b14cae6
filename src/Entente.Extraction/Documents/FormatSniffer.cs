using System.Text.RegularExpressions;

namespace Entente.Extraction.Documents;

/// <summary>
/// The format of a file: by its extension where that is trustworthy, else by its first characters.
/// A .txt that is a saved web page is HTML; a .txt with a pasted table stays text (the text cleaner
/// parses the fragment).
/// </summary>
internal static partial class FormatSniffer
{
    private const int SniffChars = 65536;
    private const int ManyTags = 20;

    public static DocumentFormat Detect(string path, string text) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
            ".md" or ".markdown" or ".mdown" or ".mkd" => DocumentFormat.Markdown,
            ".txt" or ".text" => StartsLikeHtml(text) ? DocumentFormat.Html : DocumentFormat.PlainText,
            _ => Sniff(text),
        };

    public static DocumentFormat Sniff(string text)
    {
        if (StartsLikeHtml(text))
            return DocumentFormat.Html;
        var head = text.Length > SniffChars ? text[..SniffChars] : text;
        if (KnownTag().Count(head) >= ManyTags && PageTag().IsMatch(head))
            return DocumentFormat.Html;
        if (MarkdownMark().Count(head) >= 2)
            return DocumentFormat.Markdown;
        return DocumentFormat.PlainText;
    }

    private static bool StartsLikeHtml(string text) => HtmlStart().IsMatch(text.AsSpan(0, Math.Min(text.Length, 4096)));

    // Whitespace, an XML declaration and comments may come before the doctype.
    [GeneratedRegex(@"\A\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"</?(?:html|head|body|div|p|span|a|table|tr|td|th|ul|ol|li|h[1-6]|br|img|section|article|main|nav|script|style|meta|link|title)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex KnownTag();

    // Pasted fragments (a table, a list) have no page structure; a page has at least one of these.
    [GeneratedRegex(@"<(?:html|head|body|div|article|main)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageTag();

    [GeneratedRegex(@"^(?:\#{1,6}[ \t]+\S|\|?[ \t]*:?-{3,}:?[ \t]*\|)", RegexOptions.Multiline)]
    private static partial Regex MarkdownMark();
}
