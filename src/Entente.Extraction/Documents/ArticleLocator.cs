using AngleSharp.Dom;

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

    public static IElement Find(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        var scores = new Dictionary<IElement, double>();
        var articles = new List<IElement>();
        var total = Score(body, scores, articles);
        if (total == 0)
            return body;

        if (articles.Count > 0)
        {
            var best = articles.Select(article => (Element: article, Text: Score(article, null, null))).MaxBy(a => a.Text);
            if (best.Text >= total * ArticleMinShare)
                return best.Element;
        }

        var main = document.QuerySelector("main, [role=main]");
        if (main is not null && Score(main, null, null) >= total * ArticleMinShare)
            return main;

        return scores.Count == 0 ? body : scores.MaxBy(pair => pair.Value).Key;
    }

    /// <summary>
    /// The paragraph text under <paramref name="root"/>, outside page chrome. When asked, credits each
    /// paragraph to its parent in full and to its grandparent by half (prose split over sibling divs
    /// still pulls towards their common container), and collects the &lt;article&gt; elements met.
    /// Iterative, because pages nest thousands of levels deep.
    /// </summary>
    private static double Score(IElement root, Dictionary<IElement, double>? scores, List<IElement>? articles)
    {
        double total = 0;
        Stack<INode>? nodes = null;
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != root && HtmlNoise.IsNoise(element, dropPageHeaders: false, keepForms: true))
                continue;
            if (element.LocalName == "article" && element != root)
                articles?.Add(element);
            if (element.LocalName == "p")
            {
                var length = CollapsedTextLength(element, nodes ??= new Stack<INode>());
                total += length;
                Credit(scores, element.ParentElement, length);
                continue;
            }
            foreach (var child in element.ChildNodes)
            {
                if (child is IElement childElement)
                    stack.Push(childElement);
                else if (child is IText text && text.Data.AsSpan().Trim().Length >= LooseTextMinLength)
                {
                    var length = text.Data.AsSpan().Trim().Length;
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
    private static int CollapsedTextLength(IElement element, Stack<INode> nodes)
    {
        var length = 0;
        var pendingSpace = false;
        nodes.Push(element);
        while (nodes.Count > 0)
        {
            var node = nodes.Pop();
            if (node is IText text)
            {
                Whitespace.CountCollapsed(text.Data, ref length, ref pendingSpace);
                continue;
            }
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                nodes.Push(children[i]);
        }
        return length;
    }

    private static void Credit(Dictionary<IElement, double>? scores, IElement? parent, int length)
    {
        if (scores is null || parent is null)
            return;
        scores[parent] = scores.GetValueOrDefault(parent) + length;
        if (parent.ParentElement is { } grandparent)
            scores[grandparent] = scores.GetValueOrDefault(grandparent) + length / 2.0;
    }
}
