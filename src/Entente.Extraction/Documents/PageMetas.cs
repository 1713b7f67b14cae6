
namespace Entente.Extraction.Documents;

/// <summary>
/// The &lt;meta&gt; tags of a page by name (property, name or itemprop, in any case), read in one
/// walk of the page: the title, date, URL and publisher ask for a dozen names between them, and a
/// walk of the whole page for each cost more than reading the article.
/// </summary>
internal sealed class PageMetas
{
    private readonly Dictionary<string, string> contents;

    private PageMetas(Dictionary<string, string> contents) => this.contents = contents;

    public static PageMetas Of(PageIndex index)
    {
        var contents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in index.Metas)
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            // The first tag of a name with some content wins, as a page's readers take it.
            if (key is not null && !contents.ContainsKey(key) && Whitespace.Collapse(meta.GetAttribute("content") ?? "") is { Length: > 0 } content)
                contents[key] = content;
        }
        return new PageMetas(contents);
    }

    /// <summary>The content of the first meta tag of <paramref name="name"/> that has some, or null.</summary>
    public string? Get(string name) => contents.GetValueOrDefault(name);
}
