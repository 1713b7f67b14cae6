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
        return builder.Run(options) ? builder.Tree() : null;
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
            var token = tokenizer.GetStructToken();
            var skip = skipNewline;
            skipNewline = false;
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    return true;
                case HtmlTokenType.Character:
                    // The parser builds no text node from a run of whitespace alone, wherever it is
                    // (between blocks, between inline tags, in <pre>): the reader does the same.
                    if (!IsBlank(token.Data))
                    {
                        var text = token.Data.ToString();
                        Characters(skip && text.StartsWith('\n') ? text[1..] : text);
                    }
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

    private void Fail() => failed = true;

    private void Doctype(string name, bool forcedQuirks, bool noPublicId, bool noSystemId)
    {
        if (mode != Mode.Initial)
            return;
        // A doctype other than <!DOCTYPE html> may set quirks or limited quirks, worked out by rules
        // the streaming reader does not repeat.
        if (name != "html" || forcedQuirks || !noPublicId || !noSystemId)
            Fail();
        mode = Mode.BeforeHtml;
    }

    private void CreateRoot(bool withAttributes)
    {
        root = PageNode.Element("html", TagFlags.Special | TagFlags.Scope);
        if (withAttributes)
            AddAttributes(root);
        open.Add(root);
    }

    private PageNode Insert(string name, bool withAttributes = true)
    {
        var element = PageNode.Element(name, withAttributes ? tagFlags : NamePool.Lookup(name).Flags);
        if (withAttributes)
            AddAttributes(element);
        Current.Append(element);
        open.Add(element);
        if (name == "title" && title is null)
            title = element;
        return element;
    }

    private void InsertVoid(string name)
    {
        Insert(name);
        Pop();
    }

    private void AddAttributes(PageNode element)
    {
        foreach (var (name, value) in attributes)
            element.AddAttribute(name, value);
    }

    private void InsertText(string text)
    {
        if (!IsBlank(text))
            Current.AppendText(text);
    }

    private void Pop() => open.RemoveAt(open.Count - 1);

    /// <summary>Pops elements up to and including the nearest <paramref name="name"/> (or up to the root).</summary>
    private void PopThrough(string name)
    {
        while (Current.Name != name && Current != root)
            Pop();
        Pop();
    }

    private void PopThroughAny(IReadOnlySet<string> names)
    {
        while (!names.Contains(Current.Name) && Current != root)
            Pop();
        Pop();
    }

    /// <summary>Pops elements until the current one is named <paramref name="name"/> (or one of <paramref name="others"/>, or the root).</summary>
    private void ClearBackTo(string name, IReadOnlySet<string>? others = null)
    {
        while (Current.Name != name && Current != root && (others is null || !others.Contains(Current.Name)))
            Pop();
    }

    private void GenerateImpliedEnds(string? except = null)
    {
        while ((Current.Flags & TagFlags.ImpliedEnd) != 0 && Current.Name != except)
            Pop();
    }

    private bool InScope(string name, Scope scope = Scope.Default) => InScope(name, null, scope);

    private bool InScope(string? name, IReadOnlySet<string>? names, Scope scope = Scope.Default)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var node = open[i].Name;
            if (node == name || (names is not null && names.Contains(node)))
                return true;
            var bounds = (open[i].Flags & TagFlags.Scope) != 0;
            var bound = scope switch
            {
                Scope.Table => node is "html" or "table" or "template",
                Scope.ListItem => bounds || node is "ol" or "ul",
                Scope.Button => bounds || node == "button",
                _ => bounds,
            };
            if (bound)
                return false;
        }
        return false;
    }

    private enum Scope
    {
        Default, ListItem, Button, Table,
    }

    /// <summary>
    /// The parser reopens a formatting element that a block closed ("&lt;p&gt;&lt;b&gt;a&lt;p&gt;b" makes
    /// "b" bold too), copying it into the tree: the streaming reader does not, so it gives up.
    /// </summary>
    private void ReconstructFormatting()
    {
        if (formatting.Count > 0 && formatting[^1] is { } last && !open.Contains(last))
            Fail();
    }

    private void ClearFormattingToMarker()
    {
        while (formatting.Count > 0)
        {
            var entry = formatting[^1];
            formatting.RemoveAt(formatting.Count - 1);
            if (entry is null)
                return;
        }
    }

    private static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsSpace(c))
                return false;
        }
        return true;
    }

    /// <summary>document.title: runs of HTML whitespace as one space, none at the ends.</summary>
    private static string CollapseSpaces(string text)
    {
        var collapsed = new System.Text.StringBuilder(text.Length);
        var pending = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
                pending = collapsed.Length > 0;
            else
            {
                if (pending)
                    collapsed.Append(' ');
                collapsed.Append(c);
                pending = false;
            }
        }
        return collapsed.ToString();
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static int LeadingSpace(string text)
    {
        var i = 0;
        while (i < text.Length && IsSpace(text[i]))
            i++;
        return i;
    }
}
