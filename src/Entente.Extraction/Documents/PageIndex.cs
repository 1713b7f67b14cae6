namespace Entente.Extraction.Documents;

/// <summary>
/// The few elements a page is asked about (meta tags, headlines, dates, the canonical link, the main
/// container), found in one walk of the page in document order. Each question used to be a selector
/// query of its own, and every query walked the whole page. The tests are those of the selectors
/// the index replaced (meta, h1, [itemprop=datePublished], script[type='application/ld+json'],
/// link[rel~=canonical], main, [role=main], time[datetime]).
/// </summary>
internal sealed class PageIndex
{
    public List<PageNode> Metas { get; } = [];

    public List<PageNode> Headlines { get; } = [];

    public List<PageNode> DatesPublished { get; } = [];

    public List<PageNode> JsonLdScripts { get; } = [];

    public List<PageNode> Times { get; } = [];

    public PageNode? Canonical { get; private set; }

    public PageNode? Main { get; private set; }

    public static PageIndex Of(PageNode top)
    {
        var index = new PageIndex();
        var stack = new Stack<PageNode>();
        stack.Push(top);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            index.Note(element);
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is { IsText: false } child)
                    stack.Push(child);
            }
        }
        return index;
    }

    /// <summary>The first of <paramref name="elements"/> inside <paramref name="root"/> (not the root itself), as root.QuerySelector would give.</summary>
    public static PageNode? FirstUnder(PageNode root, List<PageNode> elements) => elements.Find(element => IsUnder(element, root));

    public static IEnumerable<PageNode> Under(PageNode root, List<PageNode> elements) => elements.Where(element => IsUnder(element, root));

    private static bool IsUnder(PageNode element, PageNode root)
    {
        for (var parent = element.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent == root)
                return true;
        }
        return false;
    }

    private void Note(PageNode element)
    {
        var name = element.Name;
        if (name == "meta")
            Metas.Add(element);
        else if (name == "h1")
            Headlines.Add(element);
        else if (name == "script" && element.GetAttribute("type") is { } type && SelectorValues.Equal("type", type, "application/ld+json"))
            JsonLdScripts.Add(element);
        else if (name == "link" && Canonical is null && element.GetAttribute("rel") is { } rel && SelectorValues.Includes("rel", rel, "canonical"))
            Canonical = element;
        else if (name == "time" && element.HasAttribute("datetime"))
            Times.Add(element);
        if (element.AttributeCount == 0)
            return;
        if (element.GetAttribute("itemprop") is { } itemprop && SelectorValues.Equal("itemprop", itemprop, "datePublished"))
            DatesPublished.Add(element);
        if (Main is null && (name == "main" || (element.GetAttribute("role") is { } role && SelectorValues.Equal("role", role, "main"))))
            Main = element;
    }
}
