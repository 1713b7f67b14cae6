using System.Globalization;

namespace Entente.Extraction.Documents;

/// <summary>
/// A web page to its article: parse (bounded), find the element that holds the story, read its
/// blocks without the page chrome, and take the title, date, URL and publisher from the page.
/// </summary>
internal sealed class HtmlCleaner(CleanerOptions options)
{
    private const int MinArticleLength = 200;

    public CleanDocument Clean(string html, List<string> warnings)
    {
        var page = PageReader.Read(html, options, warnings);
        var index = PageIndex.Of(page.Root);
        var root = ArticleLocator.Find(page, index);
        var body = page.Body;

        // A page <header> holds the logo and the menu; one inside the article holds the headline.
        var extractor = HtmlBlockExtractor.Extract(root, options, dropPageHeaders: root == body);
        if (extractor.TextLength < MinArticleLength)
        {
            // Chrome-like class names on the container itself ("main-with-sidebar") can hide the
            // whole story; then only tags, roles and hidden flags decide what is chrome.
            var lenient = HtmlBlockExtractor.Extract(body, options, dropPageHeaders: true, judgeByNames: false);
            if (lenient.TextLength > extractor.TextLength * 2)
                extractor = lenient;
        }
        Report(extractor, warnings);
        var metas = PageMetas.Of(index);
        return new CleanDocument(HtmlMetadata.Title(page, root, index, metas), extractor.Blocks)
        {
            Date = HtmlMetadata.Date(root, index, metas),
            Url = HtmlMetadata.Url(index, metas),
            Publisher = HtmlMetadata.Publisher(metas),
        };
    }

    /// <summary>
    /// The blocks of an HTML fragment pasted into a text file (a table, a list, a few paragraphs):
    /// all of it is content, so no article is looked for.
    /// </summary>
    public IReadOnlyList<TextBlock> Fragment(string html, List<string> warnings)
    {
        var root = PageReader.Read(html, options, warnings).Body;
        var extractor = HtmlBlockExtractor.Extract(root, options, dropPageHeaders: false);
        Report(extractor, warnings);
        return extractor.Blocks;
    }

    /// <summary>A paragraph of a text file with inline tags or character references, as the text a browser shows.</summary>
    public string Inline(string paragraph, List<string> warnings)
    {
        var root = PageReader.Read(paragraph, options, warnings).Body;
        return InlineText.Of(root, element => HtmlNoise.IsNoise(element, dropPageHeaders: false, judgeByNames: false));
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
