namespace Entente.Extraction.Documents;

/// <summary>The tree builder's modes before and after the body: the document's frame.</summary>
internal sealed partial class PageTreeBuilder
{
    private void Characters(string text)
    {
        switch (mode)
        {
            case Mode.Initial or Mode.BeforeHtml or Mode.BeforeHead:
                var rest = text[LeadingSpace(text)..];
                if (rest.Length > 0)
                {
                    Frame();
                    Characters(rest);
                }
                return;
            case Mode.InHead or Mode.InHeadNoScript or Mode.AfterHead or Mode.InColumnGroup:
                var space = LeadingSpace(text);
                InsertText(text[..space]);
                if (space < text.Length)
                {
                    LeaveHeadMode();
                    Characters(text[space..]);
                }
                return;
            case Mode.InBody or Mode.InCaption or Mode.InCell:
                ReconstructFormatting();
                InsertText(text);
                return;
            case Mode.Text:
                InsertText(text);
                return;
            case Mode.InTable or Mode.InTableBody or Mode.InRow:
                // Text other than whitespace in a table is moved before it (foster parenting).
                if (LeadingSpace(text) < text.Length || (Current.Flags & TagFlags.TableText) == 0)
                    Fail();
                else
                    InsertText(text);
                return;
            default: // after the body
                var blank = LeadingSpace(text);
                ReconstructFormatting();
                InsertText(text[..blank]);
                if (blank < text.Length)
                {
                    mode = Mode.InBody;
                    Characters(text[blank..]);
                }
                return;
        }
    }

    /// <summary>
    /// Keeps a run of whitespace that follows an inline element in the body, so "&lt;b&gt;Iran&lt;/b&gt;
    /// &lt;i&gt;Russia&lt;/i&gt;" reads as two words; whitespace between blocks stays out, as in the
    /// parser's tree (the parser's path puts the same space back: see <see cref="GuardedHtmlParser.SpaceBefore"/>).
    /// </summary>
    private void SpaceAfterInline()
    {
        if (mode is not (Mode.InBody or Mode.InCaption or Mode.InCell))
            return;
        if (HtmlBlockExtractor.EndsInInline(Current))
        {
            ReconstructFormatting();
            Current.AppendText(" ");
        }
    }

    /// <summary>What the token before the head or the body implies: the next element of the frame.</summary>
    private void Frame()
    {
        switch (mode)
        {
            case Mode.Initial:
                quirks = true; // no doctype
                mode = Mode.BeforeHtml;
                return;
            case Mode.BeforeHtml:
                CreateRoot(withAttributes: false);
                mode = Mode.BeforeHead;
                return;
            case Mode.BeforeHead:
                head = Insert("head", withAttributes: false);
                mode = Mode.InHead;
                return;
        }
    }

    /// <summary>Anything but whitespace in the head's modes ends them; the token is then read again.</summary>
    private void LeaveHeadMode()
    {
        switch (mode)
        {
            case Mode.InHeadNoScript:
                Pop();
                mode = Mode.InHead;
                return;
            case Mode.InHead:
                Pop();
                mode = Mode.AfterHead;
                return;
            case Mode.AfterHead:
                body = Insert("body", withAttributes: false);
                mode = Mode.InBody;
                return;
            default: // in a column group: text outside a table cell would be moved before the table
                Fail();
                return;
        }
    }

    /// <returns>Whether a newline right after the tag is dropped (&lt;pre&gt;, &lt;listing&gt;, &lt;textarea&gt;).</returns>
    private bool StartTag(string name)
    {
        while (!failed)
        {
            switch (mode)
            {
                case Mode.Initial or Mode.BeforeHtml when name == "html":
                    if (mode == Mode.Initial)
                        quirks = true;
                    CreateRoot(withAttributes: true);
                    mode = Mode.BeforeHead;
                    return false;
                case Mode.Initial or Mode.BeforeHtml:
                    Frame();
                    continue;
                case Mode.BeforeHead when name == "head":
                    head = Insert("head");
                    mode = Mode.InHead;
                    return false;
                case Mode.BeforeHead when name != "html":
                    Frame();
                    continue;
                case Mode.InHead or Mode.InHeadNoScript or Mode.AfterHead or Mode.BeforeHead when name == "html":
                    AddAttributes(root!);
                    return false;
                case Mode.InHead:
                    if (HeadStartTag(name))
                        return false;
                    Pop();
                    mode = Mode.AfterHead;
                    continue;
                case Mode.InHeadNoScript:
                    if (name is "basefont" or "bgsound" or "link" or "meta" or "style")
                        return HeadStartTag(name) && false;
                    if (name is "head" or "noscript")
                        return false;
                    Pop();
                    mode = Mode.InHead;
                    continue;
                case Mode.AfterHead:
                    if (name == "body")
                    {
                        body = Insert("body");
                        mode = Mode.InBody;
                        return false;
                    }
                    if ((tagFlags & TagFlags.HeadContent) != 0)
                    {
                        // Put back into the head, which is then taken off the stack wherever it is.
                        open.Add(head!);
                        HeadStartTag(name);
                        open.Remove(head!);
                        return false;
                    }
                    if (name == "head")
                        return false;
                    LeaveHeadMode();
                    continue;
                case Mode.InBody:
                    return BodyStartTag(name);
                case Mode.InTable or Mode.InTableBody or Mode.InRow or Mode.InCell or Mode.InCaption or Mode.InColumnGroup:
                    if (TableStartTag(name, out var skipNewline))
                        return skipNewline;
                    continue;
                case Mode.AfterBody or Mode.AfterAfterBody when name == "html":
                    AddAttributes(root!);
                    return false;
                case Mode.AfterBody or Mode.AfterAfterBody:
                    mode = Mode.InBody;
                    continue;
                default:
                    Fail();
                    return false;
            }
        }
        return false;
    }

    /// <summary>The "in head" rules for a start tag; false when the tag ends the head instead.</summary>
    private bool HeadStartTag(string name)
    {
        switch (name)
        {
            case "meta" or "base" or "basefont" or "bgsound" or "link":
                InsertVoid(name);
                return true;
            case "title":
                RawText(name, AngleSharp.Html.Parser.HtmlParseMode.RCData);
                return true;
            case "style":
                RawText(name, AngleSharp.Html.Parser.HtmlParseMode.Rawtext);
                return true;
            case "script":
                RawText(name, AngleSharp.Html.Parser.HtmlParseMode.Script);
                return true;
            case "noscript" when mode == Mode.InHead:
                Insert(name);
                mode = Mode.InHeadNoScript;
                return true;
            case "head":
                return true;
            case "template" or "noframes":
                Fail();
                return true;
            default:
                return false;
        }
    }

    private void RawText(string name, AngleSharp.Html.Parser.HtmlParseMode state)
    {
        Insert(name);
        tokenizer.State = state;
        textReturnMode = mode;
        mode = Mode.Text;
    }

    private void EndTag(string name)
    {
        while (!failed)
        {
            switch (mode)
            {
                case Mode.Initial or Mode.BeforeHtml or Mode.BeforeHead:
                    if (mode != Mode.Initial && name is not ("head" or "body" or "html" or "br"))
                        return;
                    Frame();
                    continue;
                case Mode.InHead:
                    if (name == "template")
                        Fail();
                    if (name is not ("head" or "body" or "html" or "br"))
                        return;
                    Pop();
                    mode = Mode.AfterHead;
                    if (name == "head")
                        return;
                    continue;
                case Mode.InHeadNoScript:
                    if (name is not ("noscript" or "br"))
                        return;
                    Pop();
                    mode = Mode.InHead;
                    if (name == "noscript")
                        return;
                    continue;
                case Mode.AfterHead:
                    if (name == "template")
                        Fail();
                    if (name is not ("body" or "html" or "br"))
                        return;
                    LeaveHeadMode();
                    continue;
                case Mode.Text:
                    Pop();
                    mode = textReturnMode;
                    return;
                case Mode.InBody:
                    BodyEndTag(name, tagFlags);
                    return;
                case Mode.AfterBody when name == "html":
                    mode = Mode.AfterAfterBody;
                    return;
                case Mode.AfterBody or Mode.AfterAfterBody:
                    mode = Mode.InBody;
                    continue;
                default:
                    if (TableEndTag(name))
                        return;
                    continue;
            }
        }
    }
}
