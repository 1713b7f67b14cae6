using AngleSharp.Dom;

namespace Entente.Extraction.Documents;

/// <summary>
/// Copies a parsed DOM into <see cref="PageNode"/>s: the way a page the streaming reader does not
/// take with certainty still reaches the one cleaner. Elements and text only (comments are skipped at
/// parse time); a template's children stay out, as they are not among its DOM child nodes either.
/// </summary>
internal static class DomPageTree
{
    public static PageTree From(IDocument document)
    {
        var top = document.DocumentElement;
        var root = PageNode.Element(top.LocalName);
        var body = document.Body ?? top;
        var bodyNode = body == top ? root : null;
        var stack = new Stack<(IElement Element, PageNode Node)>();
        stack.Push((top, root));
        while (stack.Count > 0)
        {
            var (element, node) = stack.Pop();
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name != GuardedHtmlParser.SpaceBefore)
                    node.AddAttribute(attribute.Name, attribute.Value);
            }
            var pending = new List<(IElement, PageNode)>();
            foreach (var child in element.ChildNodes)
            {
                if (child is IText text)
                    node.Append(PageNode.Text(text.Data));
                else if (child is IElement childElement)
                {
                    if (childElement.HasAttribute(GuardedHtmlParser.SpaceBefore))
                        SpaceAfterInline(node);
                    var childNode = PageNode.Element(childElement.LocalName);
                    node.Append(childNode);
                    pending.Add((childElement, childNode));
                    if (childElement == body)
                        bodyNode = childNode;
                }
            }
            for (var i = pending.Count - 1; i >= 0; i--)
                stack.Push(pending[i]);
        }
        return new PageTree(root, bodyNode ?? root, document.Title ?? "");
    }

    /// <summary>The space the parser dropped between two inline elements (see <see cref="GuardedHtmlParser.SpaceBefore"/>).</summary>
    private static void SpaceAfterInline(PageNode parent)
    {
        if (HtmlBlockExtractor.EndsInInline(parent))
            parent.AppendText(" ");
    }
}
