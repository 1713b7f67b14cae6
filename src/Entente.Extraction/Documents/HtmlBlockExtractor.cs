using System.Collections.Frozen;
using System.Text;

namespace Entente.Extraction.Documents;

/// <summary>
/// Turns the markup under one element into blocks in reading order. Text accumulates in a run;
/// every block-level element ends the run, which becomes a paragraph (or a list item inside
/// &lt;li&gt;, a heading inside &lt;h1&gt;–&lt;h6&gt;). Tables go to <see cref="HtmlTableReader"/>.
/// </summary>
internal sealed class HtmlBlockExtractor
{
    public static readonly FrozenSet<string> BlockTags = FrozenSet.ToFrozenSet(
    [
        "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "header", "hr", "html", "li", "main", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "h1", "h2", "h3",
        "h4", "h5", "h6",
    ]);

    /// <summary>Whether the element's last child is an inline element: whitespace after it parts two words ("&lt;b&gt;Iran&lt;/b&gt; &lt;i&gt;Russia&lt;/i&gt;").</summary>
    internal static bool EndsInInline(PageNode element) =>
        element.ChildNodes is [.., { IsText: false } last] && !BlockTags.Contains(last.Name);

    private readonly CleanerOptions options;
    private readonly bool dropPageHeaders;
    private readonly bool judgeByNames;
    private readonly List<TextBlock> blocks = [];
    private readonly StringBuilder run;
    private BlockKind runKind = BlockKind.Paragraph;
    private int runLevel;

    private HtmlBlockExtractor(CleanerOptions options, bool dropPageHeaders, bool judgeByNames)
    {
        this.options = options;
        this.dropPageHeaders = dropPageHeaders;
        this.judgeByNames = judgeByNames;
        run = spareRun ?? new StringBuilder(1024);
        spareRun = null;
    }

    // One run builder a thread, handed from page to page with room for a usual paragraph: a builder
    // grown chunk by chunk is copied on every Clear and read through a copy when collapsed.
    private const int MaxSpareCapacity = 1 << 16;

    [ThreadStatic]
    private static StringBuilder? spareRun;

    public bool Truncated { get; private set; }

    public bool Flattened { get; private set; }

    public IReadOnlyList<TextBlock> Blocks => blocks;

    public int TextLength => blocks.Sum(block => block.Text.Length);

    public static HtmlBlockExtractor Extract(PageNode root, CleanerOptions options, bool dropPageHeaders, bool judgeByNames = true)
    {
        var extractor = new HtmlBlockExtractor(options, dropPageHeaders, judgeByNames);
        extractor.VisitChildren(root, 0);
        extractor.Flush();
        // The run is empty after the last flush and the extractor reads it no more.
        if (extractor.run.Capacity <= MaxSpareCapacity)
            spareRun = extractor.run;
        return extractor;
    }

    internal bool IsNoise(PageNode element) => HtmlNoise.IsNoise(element, dropPageHeaders, judgeByNames: judgeByNames);

    internal void Add(TextBlock block)
    {
        if (blocks.Count >= options.MaxBlocks)
            Truncated = true;
        else
            blocks.Add(block);
    }

    internal void VisitChildren(PageNode parent, int depth)
    {
        foreach (var child in parent.ChildNodes)
        {
            if (Truncated)
                return;
            if (child.IsText)
                run.Append(child.Data);
            else
                Visit(child, depth + 1);
        }
    }

    private void Visit(PageNode element, int depth)
    {
        if (IsNoise(element))
            return;
        if (depth > options.MaxDepth)
        {
            Flattened = true;
            InlineText.Append(element, run, IsNoise);
            return;
        }
        var name = element.Name;
        switch (name)
        {
            case "br":
                run.Append(' ');
                return;
            case "table":
                Flush();
                HtmlTableReader.Read(element, this, depth);
                return;
            case "ul" or "ol" when HtmlNoise.IsHeadlineList(element):
                return;
            case "li":
                Nested(element, depth, BlockKind.ListItem, 0);
                return;
            case ['h', >= '1' and <= '6']:
                Nested(element, depth, BlockKind.Heading, name[1] - '0');
                return;
        }
        if (!BlockTags.Contains(name))
        {
            VisitChildren(element, depth);
            return;
        }
        Flush();
        VisitChildren(element, depth);
        Flush();
    }

    /// <summary>Reads an element whose text runs become blocks of its own kind, then goes back to the outer kind.</summary>
    private void Nested(PageNode element, int depth, BlockKind kind, int level)
    {
        Flush();
        var (outerKind, outerLevel) = (runKind, runLevel);
        (runKind, runLevel) = (kind, level);
        VisitChildren(element, depth);
        Flush();
        (runKind, runLevel) = (outerKind, outerLevel);
    }

    internal void Flush()
    {
        var text = Whitespace.Collapse(run);
        run.Clear();
        if (text.Length > 0)
            Add(new TextBlock(runKind, text) { Level = runKind == BlockKind.Heading ? runLevel : 0 });
    }
}
