namespace Entente.Extraction.Documents;

/// <summary>The "in body" rules for start tags: blocks, lists, headings, formatting, void and raw-text elements.</summary>
internal sealed partial class PageTreeBuilder
{
    private bool BodyStartTag(string name)
    {
        var flags = tagFlags;
        if ((flags & TagFlags.Unsupported) != 0)
        {
            Fail();
            return false;
        }
        if ((flags & TagFlags.ParagraphClosing) != 0)
        {
            CloseParagraphInButtonScope();
            Insert(name);
            return false;
        }
        if ((flags & TagFlags.Heading) != 0)
        {
            CloseParagraphInButtonScope();
            if ((Current.Flags & TagFlags.Heading) != 0)
                Pop();
            Insert(name);
            return false;
        }
        if ((flags & TagFlags.Formatting) != 0)
        {
            StartFormatting(name);
            return false;
        }
        if ((flags & TagFlags.VoidInline) != 0 || name == "input")
        {
            ReconstructFormatting();
            InsertVoid(name);
            return false;
        }
        if ((flags & TagFlags.HeadContent) != 0)
        {
            HeadStartTag(name);
            return false;
        }
        if ((flags & TagFlags.IgnoredInBody) != 0)
            return false;
        switch (name)
        {
            case "li":
                CloseListItem(static n => n == "li");
                CloseParagraphInButtonScope();
                Insert(name);
                return false;
            case "dd" or "dt":
                CloseListItem(static n => n is "dd" or "dt");
                CloseParagraphInButtonScope();
                Insert(name);
                return false;
            case "form":
                if (form is null)
                {
                    CloseParagraphInButtonScope();
                    form = Insert(name);
                }
                return false;
            case "pre" or "listing":
                CloseParagraphInButtonScope();
                Insert(name);
                return true;
            case "button":
                if (InScope("button"))
                    Fail();
                ReconstructFormatting();
                Insert(name);
                return false;
            case "table":
                if (!quirks)
                    CloseParagraphInButtonScope();
                Insert(name);
                mode = Mode.InTable;
                return false;
            case "param" or "source" or "track":
                InsertVoid(name);
                return false;
            case "hr":
                CloseParagraphInButtonScope();
                InsertVoid(name);
                return false;
            case "textarea":
                RawText(name, AngleSharp.Html.Parser.HtmlParseMode.RCData);
                return true;
            case "optgroup" or "option":
                if (Current.Name == "option")
                    AnyOtherEndTag("option");
                ReconstructFormatting();
                Insert(name);
                return false;
            case "iframe" or "noembed":
                RawText(name, AngleSharp.Html.Parser.HtmlParseMode.Rawtext);
                return false;
            case "xmp":
                CloseParagraphInButtonScope();
                ReconstructFormatting();
                RawText(name, AngleSharp.Html.Parser.HtmlParseMode.Rawtext);
                return false;
            case "html":
                AddAttributes(root!);
                return false;
            case "body":
                if (open.Count > 1 && open[1].Name == "body")
                    AddAttributes(open[1]);
                return false;
            default: // span, noscript (scripting is off), custom elements, any other tag
                ReconstructFormatting();
                Insert(name);
                return false;
        }
    }

    private void StartFormatting(string name)
    {
        var sameAfterMarker = 0;
        for (var i = formatting.Count - 1; i >= 0 && formatting[i] is { } entry; i--)
        {
            // A second <a> runs the adoption agency on the first; a fourth identical entry drops the first from the list.
            if (entry.Name == name && (name == "a" || ++sameAfterMarker >= 3))
            {
                Fail();
                return;
            }
        }
        if (name == "nobr" && InScope("nobr"))
        {
            Fail();
            return;
        }
        ReconstructFormatting();
        formatting.Add(Insert(name));
    }

    /// <summary>A new &lt;li&gt; (or &lt;dd&gt;, &lt;dt&gt;) closes the open one, unless a block other than address, div or p lies between.</summary>
    private void CloseListItem(Func<string, bool> isItem)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var node = open[i].Name;
            if (isItem(node))
            {
                BodyEndTag(node, open[i].Flags);
                return;
            }
            if ((open[i].Flags & TagFlags.Special) != 0 && node is not ("address" or "div" or "p"))
                return;
        }
    }

    private void CloseParagraphInButtonScope()
    {
        if (InScope("p", Scope.Button))
            CloseParagraph();
    }

    private void CloseParagraph()
    {
        GenerateImpliedEnds("p");
        PopThrough("p");
    }
}
