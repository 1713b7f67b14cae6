using System.Runtime.InteropServices;

namespace Entente.Extraction.Documents;

/// <summary>
/// Finds the element that holds the article: the &lt;article&gt; with the most paragraph text, else
/// &lt;main&gt;, else the element under which most paragraph text sits; the body as a last resort.
/// </summary>
internal static class ArticleLocator
{
    // Text nodes this long directly inside a container count as paragraphs on pages without <p>.
    private const int LooseTextMinLength = 40;

    // An <article> holding less than this share of the page's prose is a teaser card, not the story.
    private const double ArticleMinShare = 0.3;

    public static PageNode Find(PageTree page, PageIndex index)
    {
        var body = page.Body;
        var scores = new Dictionary<PageNode, double>(ReferenceEqualityComparer.Instance);
        var containers = new List<(PageNode Element, double Text)>();
        var total = Score(body, scores, containers);
        if (total == 0)
            return body;

        // In the order the walk met them, which decides between articles of equal text.
        var articles = containers.Where(c => c.Element.Name == "article").ToList();
        if (articles.Count > 0)
        {
            var best = articles.MaxBy(a => a.Text);
            if (best.Text >= total * ArticleMinShare)
                return best.Element;
        }

        var main = index.Main;
        if (main is not null && TextOf(main, containers) >= total * ArticleMinShare)
            return main;

        return scores.Count == 0 ? body : scores.MaxBy(pair => pair.Value).Key;
    }

    /// <summary>The paragraph text under a container: as measured by the walk of the page when it went through it, else counted now.</summary>
    private static double TextOf(PageNode container, List<(PageNode Element, double Text)> measured)
    {
        foreach (var (element, text) in measured)
        {
            if (element == container)
                return text;
        }
        return Score(container, null, null);
    }

    /// <summary>
    /// The paragraph text under <paramref name="root"/>, outside page chrome. When asked, credits each
    /// paragraph to its parent in full and to its grandparent by half (prose split over sibling divs
    /// still pulls towards their common container), and measures every &lt;article&gt; and &lt;main&gt;
    /// met on the way, in the same walk: a subtree is walked without a break, so its text is the growth
    /// of the total between entering it and leaving it (whole numbers, so the sums are exact).
    /// Iterative, because pages nest thousands of levels deep.
    /// </summary>
    private static double Score(PageNode root, Dictionary<PageNode, double>? scores, List<(PageNode Element, double Text)>? containers)
    {
        double total = 0;
        Stack<PageNode>? nodes = null;
        // A null marks where the subtree of the innermost measured container ends.
        var stack = new Stack<PageNode?>();
        var entered = new Stack<(double Total, int Index)>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element is null)
            {
                var (before, index) = entered.Pop();
                containers![index] = (containers[index].Element, total - before);
                continue;
            }
            if (element != root && HtmlNoise.IsNoise(element, dropPageHeaders: false, keepForms: true))
                continue;
            if (element.Name == "p")
            {
                var length = CollapsedTextLength(element, nodes ??= new Stack<PageNode>());
                total += length;
                Credit(scores, element.Parent, length);
                continue;
            }
            if (containers is not null && element != root && element.Name is "article" or "main")
            {
                entered.Push((total, containers.Count));
                containers.Add((element, 0));
                stack.Push(null);
            }
            foreach (var child in element.ChildNodes)
            {
                if (child is { IsText: false } childElement)
                    stack.Push(childElement);
                else if (child.Data.AsSpan().Trim().Length is var length and >= LooseTextMinLength)
                {
                    total += length;
                    Credit(scores, element, length);
                }
            }
        }
        return total;
    }

    /// <summary>
    /// The length of the element's TextContent (its text nodes joined in document order) once
    /// collapsed, counted node by node without building the text. Iterative, like the walk that calls it.
    /// </summary>
    private static int CollapsedTextLength(PageNode element, Stack<PageNode> nodes)
    {
        var length = 0;
        var pendingSpace = false;
        nodes.Push(element);
        while (nodes.Count > 0)
        {
            var node = nodes.Pop();
            if (node.IsText)
            {
                Whitespace.CountCollapsed(node.Data, ref length, ref pendingSpace);
                continue;
            }
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                nodes.Push(children[i]);
        }
        return length;
    }

    private static void Credit(Dictionary<PageNode, double>? scores, PageNode? parent, int length)
    {
        if (scores is null || parent is null)
            return;
        // One lookup each, not two (a read and a write).
        CollectionsMarshal.GetValueRefOrAddDefault(scores, parent, out _) += length;
        if (parent.Parent is { } grandparent)
            CollectionsMarshal.GetValueRefOrAddDefault(scores, grandparent, out _) += length / 2.0;
    }
}
