using System.Diagnostics;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace Entente.Extraction.Documents;

/// <summary>
/// Builds the page tree straight from AngleSharp's tokens, following the HTML tree-building rules for
/// the markup ordinary pages are made of: implied &lt;html&gt;, &lt;head&gt;, &lt;body&gt; and &lt;tbody&gt;, unclosed
/// &lt;p&gt;, &lt;li&gt;, &lt;dd&gt;, cells and rows, stray end tags, raw text in scripts and styles. Where the
/// rules would rebuild or move parts of the tree (formatting reopened across blocks, text or tags
/// moved out of a table, templates, selects, SVG and MathML, a doctype that is not plain) it gives
/// up, and the page goes to the full parser: the tree is exactly the parser's or it is not built.
/// </summary>
internal sealed partial class PageTreeBuilder
{
    private const int TokensPerClockCheck = 512;

    private readonly List<PageNode> open = [];
    // Null is a marker (a cell or a caption starts one).
    private readonly List<PageNode?> formatting = [];
    private readonly List<KeyValuePair<string, string>> attributes = [];
    private readonly HtmlTokenizer tokenizer;
    private Mode mode = Mode.Initial;
    private Mode textReturnMode;
    private PageNode? root;
    private PageNode? head;
    private PageNode? body;
    private PageNode? form;
    private PageNode? title;
    private bool quirks;
    // The flags of the tag being read.
    private TagFlags tagFlags;
    private bool failed;

    private enum Mode
    {
        Initial, BeforeHtml, BeforeHead, InHead, InHeadNoScript, AfterHead, InBody, Text, InTable, InCaption,
        InColumnGroup, InTableBody, InRow, InCell, AfterBody, AfterAfterBody,
    }

    private PageTreeBuilder(string html)
    {
        tokenizer = new HtmlTokenizer(new TextSource(new StringTextSource(html)), HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
            ShouldEmitAttribute = GuardedHtmlParser.ShouldEmitAttribute,
        };
    }

    private PageNode Current => open[^1];

    /// <summary>The page's tree, or null when the streaming reader cannot be sure of it (or ran out of time, or met nesting the parser would cut).</summary>
    public static PageTree? TryBuild(string html, CleanerOptions options)
    {
        if (html.Contains('\0'))
            return null;
        var builder = new PageTreeBuilder(html);
        try
        {
            return builder.Run(options) ? builder.Tree() : null;
        }
        finally
        {
            // The tokenizer rents a character buffer as long as the page and gives it back only when
            // disposed. Every text the tree keeps was copied into a string of its own, so the next
            // page can have the buffer instead of a new one.
            builder.tokenizer.Dispose();
        }
    }

    private bool Run(CleanerOptions options)
    {
        var tracker = new OpenTagTracker(options.MaxDepth);
        var clock = Stopwatch.StartNew();
        var tokens = 0;
        var skipNewline = false;
        while (!failed)
        {
            if (++tokens % TokensPerClockCheck == 0 && clock.Elapsed > options.ParseTimeout)
                return false;
            // Read where the tokenizer keeps it: the token is a 216-byte struct, and a copy per token cost
            // more than the switch on it. Nothing below asks the tokenizer for the next token before
            // this one is read.
            ref var token = ref tokenizer.GetStructToken();
            var skip = skipNewline;
            skipNewline = false;
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    return true;
                case HtmlTokenType.Character:
                    if (!IsBlank(token.Data))
                    {
                        var text = token.Data.ToString();
                        Characters(skip && text.StartsWith('\n') ? text[1..] : text);
                    }
                    else
                        SpaceAfterInline();
                    break;
                case HtmlTokenType.StartTag:
                    (var name, tagFlags) = NamePool.Lookup(token.Name);
                    if (!tracker.Open(name, tagFlags, token.IsSelfClosing))
                        return false; // the parser's guard drops this tag
                    attributes.Clear();
                    for (var i = 0; i < token.Attributes.Count; i++)
                    {
                        var attribute = token.Attributes[i];
                        attributes.Add(new(NamePool.Intern(attribute.Name), attribute.Value.ToString()));
                    }
                    skipNewline = StartTag(name);
                    break;
                case HtmlTokenType.EndTag:
                    (var endName, tagFlags) = NamePool.Lookup(token.Name);
                    tracker.Close(endName);
                    EndTag(endName);
                    break;
                case HtmlTokenType.Doctype:
                    Doctype(token.Name.ToString(), token.IsQuirksForced, token.IsPublicIdentifierMissing, token.IsSystemIdentifierMissing);
                    break;
                case HtmlTokenType.Comment:
                    // The parser puts a comment node where the cleaner's tree has none; text on either
                    // side of it stays two text nodes. After the body it goes to the root or the document.
                    if (mode is not (Mode.Initial or Mode.BeforeHtml or Mode.AfterBody or Mode.AfterAfterBody))
                        Current.EndText();
                    break;
                default:
                    return false;
            }
        }
        return false;
    }

    /// <summary>The end of the page: the frame the parser completes at the end of input (head, body), then the tree.</summary>
    private PageTree Tree()
    {
        if (mode == Mode.Text)
        {
            Pop();
            mode = textReturnMode;
        }
        if (mode == Mode.Initial)
            mode = Mode.BeforeHtml;
        if (mode == Mode.BeforeHtml)
        {
            CreateRoot(withAttributes: false);
            mode = Mode.BeforeHead;
        }
        if (mode == Mode.BeforeHead)
            Frame();
        if (mode is Mode.InHeadNoScript or Mode.InHead)
        {
            LeaveHeadMode();
            if (mode == Mode.InHead)
                LeaveHeadMode();
        }
        if (mode == Mode.AfterHead)
            LeaveHeadMode();
        return new PageTree(root!, body!, title is null ? "" : CollapseSpaces(title.TextContent));
    }

}
