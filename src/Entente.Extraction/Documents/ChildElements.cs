
namespace Entente.Extraction.Documents;

/// <summary>
/// The element children of a node, read from its child nodes: AngleSharp's Children collection walks
/// the child nodes again for every count and every index.
/// </summary>
internal static class ChildElements
{
    public static IEnumerable<PageNode> Of(PageNode parent)
    {
        var nodes = parent.ChildNodes;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is { IsText: false } element)
                yield return element;
        }
    }
}
