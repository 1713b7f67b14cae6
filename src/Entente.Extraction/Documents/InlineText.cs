using System.Text;

namespace Entente.Extraction.Documents;

/// <summary>
/// The text under an element as one run: table cells, and markup nested past the depth limit.
/// Block boundaries and &lt;br&gt; become spaces. Iterative, so depth costs no stack.
/// </summary>
internal static class InlineText
{
    private const int MaxKeptCapacity = 64 * 1024;

    // Table cells are read one by one, thousands a page: the buffers are kept per thread, not made per cell.
    [ThreadStatic]
    private static Stack<PageNode?>? pending;

    [ThreadStatic]
    private static StringBuilder? collected;

    public static void Append(PageNode root, StringBuilder into, Func<PageNode, bool> isNoise)
    {
        // A null on the stack marks the end of a block element: a space, so "<p>a</p>b" is not "ab".
        // Nested calls (none today) would share the stack, so each call takes it and gives it back.
        var stack = pending ?? new Stack<PageNode?>();
        pending = null;
        stack.Clear();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is null)
            {
                into.Append(' ');
                continue;
            }
            if (node.IsText)
            {
                into.Append(node.Data);
                continue;
            }
            var element = node;
            if (element != root && isNoise(element))
                continue;
            if (element.Name == "br" || HtmlBlockExtractor.BlockTags.Contains(element.Name))
            {
                into.Append(' ');
                stack.Push(null);
            }
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                stack.Push(children[i]);
        }
        pending = stack;
    }

    public static string Of(PageNode root, Func<PageNode, bool> isNoise)
    {
        var text = collected ?? new StringBuilder();
        collected = null;
        text.Clear();
        Append(root, text, isNoise);
        var collapsed = Whitespace.Collapse(text);
        if (text.Capacity <= MaxKeptCapacity)
            collected = text;
        return collapsed;
    }
}
