using System.Globalization;
using AngleSharp.Dom;

namespace Entente.Extraction.Documents;

/// <summary>
/// A web page to its article: parse (bounded), find the element that holds the story, read its
/// blocks without the page chrome, and take the title, date, URL and publisher from the page.
/// </summary>
internal sealed class HtmlCleaner(CleanerOptions options)
{
    public CleanDocument Clean(string html, List<string> warnings)
    {
        var document = GuardedHtmlParser.Parse(html, options, warnings);
        var root = ArticleLocator.Find(document);
        var body = document.Body ?? document.DocumentElement;

        // A page <header> holds the logo and the menu; one inside the article holds the headline.
        var extractor = HtmlBlockExtractor.Extract(root, options, dropPageHeaders: root == body);
        Report(extractor, warnings);
        return new CleanDocument(HtmlMetadata.Title(document, root), extractor.Blocks)
        {
            Date = HtmlMetadata.Date(document, root),
            Url = HtmlMetadata.Url(document),
            Publisher = HtmlMetadata.Publisher(document),
        };
    }

    /// <summary>
    /// The blocks of an HTML fragment pasted into a text file (a table, a list, a few paragraphs):
    /// all of it is content, so no article is looked for.
    /// </summary>
    public IReadOnlyList<TextBlock> Fragment(string html, List<string> warnings)
    {
        var document = GuardedHtmlParser.Parse(html, options, warnings);
        var root = document.Body ?? document.DocumentElement;
        var extractor = HtmlBlockExtractor.Extract(root, options, dropPageHeaders: false);
        Report(extractor, warnings);
        return extractor.Blocks;
    }

    private void Report(HtmlBlockExtractor extractor, List<string> warnings)
    {
        if (extractor.Flattened)
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"markup nested deeper than {options.MaxDepth} levels was read as flat text"));
        if (extractor.Truncated)
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"the page has more than {options.MaxBlocks:N0} blocks; the rest was dropped"));
    }
}
