namespace Entente.Extraction.Documents;

/// <summary>The "in body" rules for end tags: blocks, list items, paragraphs and formatting closed.</summary>
internal sealed partial class PageTreeBuilder
{
    private void BodyEndTag(string name, TagFlags flags)
    {
        if ((flags & TagFlags.Formatting) != 0)
        {
            EndFormatting(name);
            return;
        }
        if ((flags & TagFlags.BlockEnd) != 0)
        {
            if (InScope(name))
            {
                GenerateImpliedEnds();
                PopThrough(name);
            }
            return;
        }
        if ((flags & TagFlags.Heading) != 0)
        {
            if (InScope(null, HtmlTagSets.Headings))
            {
                GenerateImpliedEnds();
                PopThroughAny(HtmlTagSets.Headings);
            }
            return;
        }
        switch (name)
        {
            case "p":
                if (!InScope("p", Scope.Button))
                    Insert("p", withAttributes: false); // </p> with no <p> open makes an empty one
                CloseParagraph();
                return;
            case "li":
                if (InScope("li", Scope.ListItem))
                {
                    GenerateImpliedEnds("li");
                    PopThrough("li");
                }
                return;
            case "dd" or "dt":
                if (InScope(name))
                {
                    GenerateImpliedEnds(name);
                    PopThrough(name);
                }
                return;
            case "form":
                var node = form;
                form = null;
                if (node is not null && InScope("form"))
                {
                    GenerateImpliedEnds();
                    open.Remove(node); // taken off the stack wherever it is; what is open inside stays open
                }
                return;
            case "br" or "template":
                Fail();
                return;
            case "applet" or "marquee" or "object":
                if (InScope(name))
                    Fail();
                return;
            case "body":
                if (InScope("body"))
                    mode = Mode.AfterBody;
                return;
            case "html":
                if (InScope("body"))
                    mode = Mode.AfterAfterBody;
                return;
            default:
                AnyOtherEndTag(name);
                return;
        }
    }

    /// <summary>
    /// The adoption agency for &lt;/b&gt;, &lt;/a&gt; and the like, in the cases that only close elements.
    /// When a block was opened inside the formatting element the parser moves nodes around: the
    /// streaming reader gives up.
    /// </summary>
    private void EndFormatting(string name)
    {
        if (Current.Name == name && !formatting.Contains(Current))
        {
            Pop();
            return;
        }
        PageNode? element = null;
        for (var i = formatting.Count - 1; i >= 0 && formatting[i] is { } entry; i--)
        {
            if (entry.Name == name)
            {
                element = entry;
                break;
            }
        }
        if (element is null)
        {
            AnyOtherEndTag(name);
            return;
        }
        var at = open.LastIndexOf(element);
        if (at < 0)
        {
            formatting.Remove(element);
            return;
        }
        if (!InScope(name))
            return;
        for (var i = at + 1; i < open.Count; i++)
        {
            if ((open[i].Flags & TagFlags.Special) != 0)
            {
                Fail();
                return;
            }
        }
        open.RemoveRange(at, open.Count - at);
        formatting.Remove(element);
    }

    private void AnyOtherEndTag(string name)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var node = open[i];
            if (node.Name == name)
            {
                GenerateImpliedEnds(name);
                open.RemoveRange(i, open.Count - i);
                return;
            }
            if ((node.Flags & TagFlags.Special) != 0)
                return;
        }
    }
}
