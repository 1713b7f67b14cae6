namespace Entente.Extraction.Documents;

/// <summary>
/// Reads HTML into the tree the cleaner walks: straight from AngleSharp's tokens when the page is
/// one the streaming reader builds exactly as the HTML parser would (most pages, at about twice the
/// speed), else through the parser's DOM.
/// </summary>
internal static class PageReader
{
    public static PageTree Read(string html, CleanerOptions options, List<string> warnings) =>
        PageTreeBuilder.TryBuild(html, options) ?? DomPageTree.From(GuardedHtmlParser.Parse(html, options, warnings));
}
