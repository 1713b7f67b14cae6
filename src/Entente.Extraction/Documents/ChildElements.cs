
namespace Entente.Extraction.Documents;

/// <summary>
/// The element children of a node, read from its child nodes: AngleSharp's Children collection walks
/// the child nodes again for every count and every index.
/// </summary>
internal static class ChildElements
{
    public static IEnumerable<PageNode> Of(PageNode parent)
    {
        // The span is taken anew at each step: it cannot be held across a yield.
        for (var i = 0; i < parent.ChildNodes.Length; i++)
        {
            if (parent.ChildNodes[i] is { IsText: false } element)
                yield return element;
        }
    }
}
