using AngleSharp.Dom;

namespace Entente.Extraction.Documents;

/// <summary>
/// The few elements a page is asked about (meta tags, headlines, dates, the canonical link, the main
/// container), found in one walk of the page in document order. Each question used to be a selector
/// query of its own, and every query walked the whole page. An element is tested against its
/// selector only after a cheap test by tag or attribute, so the answers are the selectors' own.
/// </summary>
internal sealed class PageIndex
{
    private const string MetaSelector = "meta";
    private const string HeadlineSelector = "h1";
    private const string DatePublishedSelector = "[itemprop=datePublished]";
    private const string JsonLdSelector = "script[type='application/ld+json']";
    private const string CanonicalSelector = "link[rel~=canonical]";
    private const string MainSelector = "main, [role=main]";
    private const string TimeSelector = "time[datetime]";

    public List<IElement> Metas { get; } = [];

    public List<IElement> Headlines { get; } = [];

    public List<IElement> DatesPublished { get; } = [];

    public List<IElement> JsonLdScripts { get; } = [];

    public List<IElement> Times { get; } = [];

    public IElement? Canonical { get; private set; }

    public IElement? Main { get; private set; }

    public static PageIndex Of(IDocument document)
    {
        var index = new PageIndex();
        if (document.DocumentElement is not { } top)
            return index;
        var stack = new Stack<IElement>();
        stack.Push(top);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            index.Note(element);
            // Child nodes, not Children: that collection counts and indexes by walking the children each time.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                    stack.Push(child);
            }
        }
        return index;
    }

    /// <summary>The first of <paramref name="elements"/> inside <paramref name="root"/> (not the root itself), as root.QuerySelector would give.</summary>
    public static IElement? FirstUnder(IElement root, List<IElement> elements) => elements.Find(element => IsUnder(element, root));

    public static IEnumerable<IElement> Under(IElement root, List<IElement> elements) => elements.Where(element => IsUnder(element, root));

    private static bool IsUnder(IElement element, IElement root)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent == root)
                return true;
        }
        return false;
    }

    private void Note(IElement element)
    {
        var name = element.LocalName;
        if (Is(name, "meta") && element.Matches(MetaSelector))
            Metas.Add(element);
        else if (Is(name, "h1") && element.Matches(HeadlineSelector))
            Headlines.Add(element);
        else if (Is(name, "script") && element.HasAttribute("type") && element.Matches(JsonLdSelector))
            JsonLdScripts.Add(element);
        else if (Is(name, "link") && Canonical is null && element.HasAttribute("rel") && element.Matches(CanonicalSelector))
            Canonical = element;
        else if (Is(name, "time") && element.HasAttribute("datetime") && element.Matches(TimeSelector))
            Times.Add(element);
        if (element.Attributes.Length == 0)
            return;
        if (element.HasAttribute("itemprop") && element.Matches(DatePublishedSelector))
            DatesPublished.Add(element);
        if (Main is null && (Is(name, "main") || element.HasAttribute("role")) && element.Matches(MainSelector))
            Main = element;
    }

    private static bool Is(string name, string tag) => name.Equals(tag, StringComparison.OrdinalIgnoreCase);
}
