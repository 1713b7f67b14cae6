using System.Text;
using AngleSharp.Dom;

namespace Entente.Extraction.Documents;

/// <summary>
/// The text under an element as one run: table cells, and markup nested past the depth limit.
/// Block boundaries and &lt;br&gt; become spaces. Iterative, so depth costs no stack.
/// </summary>
internal static class InlineText
{
    public static void Append(IElement root, StringBuilder into, Func<IElement, bool> isNoise)
    {
        // A null on the stack marks the end of a block element: a space, so "<p>a</p>b" is not "ab".
        var stack = new Stack<INode?>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is null)
            {
                into.Append(' ');
                continue;
            }
            if (node is IText text)
            {
                into.Append(text.Data);
                continue;
            }
            if (node is not IElement element || (element != root && isNoise(element)))
                continue;
            if (element.LocalName == "br" || HtmlBlockExtractor.BlockTags.Contains(element.LocalName))
            {
                into.Append(' ');
                stack.Push(null);
            }
            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
                stack.Push(element.ChildNodes[i]);
        }
    }

    public static string Of(IElement root, Func<IElement, bool> isNoise)
    {
        var text = new StringBuilder();
        Append(root, text, isNoise);
        return Whitespace.Collapse(text);
    }
}
