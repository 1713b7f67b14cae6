
namespace Entente.Extraction.Documents;

/// <summary>
/// Reads a table into one block per data row, each carrying the table's header cells, so "Proxy"
/// in a row is still known to be the "Type of relationship" of "Hezbollah". The header row (in
/// &lt;thead&gt;, or a first row of &lt;th&gt; only) is not a data row itself.
/// </summary>
internal static class HtmlTableReader
{
    public const string CellSeparator = " | ";

    public static void Read(PageNode table, HtmlBlockExtractor extractor, int depth)
    {
        var rows = new List<(PageNode Row, List<PageNode> Cells)>();
        foreach (var row in Rows(table, extractor))
            rows.Add((row, Cells(row, extractor)));

        // One cell per row is page layout, not data: read the cells as ordinary content.
        if (rows.All(row => row.Cells.Count <= 1))
        {
            foreach (var cell in rows.SelectMany(row => row.Cells))
            {
                extractor.VisitChildren(cell, depth + 2);
                extractor.Flush();
            }
            return;
        }

        if (ChildElements.Of(table).FirstOrDefault(c => c.Name == "caption") is { } caption && InlineText.Of(caption, extractor.IsNoise) is { Length: > 0 } title)
            extractor.Add(new TextBlock(BlockKind.Paragraph, title));

        Func<PageNode, bool> isNoise = extractor.IsNoise;
        IReadOnlyList<string> headers = [];
        var seenData = false;
        foreach (var (row, cells) in rows)
        {
            var texts = cells.ConvertAll(cell => InlineText.Of(cell, isNoise));
            var isHeader = row.Parent?.Name == "thead"
                || (!seenData && cells.Count > 0 && cells.All(cell => cell.Name == "th"));
            if (isHeader)
            {
                if (headers.Count == 0)
                    headers = texts;
                continue;
            }
            if (texts.All(text => text.Length == 0))
                continue;
            seenData = true;
            var text = string.Join(CellSeparator, texts.Where(t => t.Length > 0));
            extractor.Add(new TextBlock(BlockKind.TableRow, text) { Cells = texts, Headers = headers });
        }
    }

    // Rows of this table only: rows of a table nested in a cell belong to that cell's text.
    private static IEnumerable<PageNode> Rows(PageNode table, HtmlBlockExtractor extractor)
    {
        foreach (var child in ChildElements.Of(table))
        {
            if (extractor.IsNoise(child))
                continue;
            if (child.Name == "tr")
                yield return child;
            else if (child.Name is "thead" or "tbody" or "tfoot")
            {
                foreach (var row in ChildElements.Of(child))
                {
                    if (row.Name == "tr" && !extractor.IsNoise(row))
                        yield return row;
                }
            }
        }
    }

    private static List<PageNode> Cells(PageNode row, HtmlBlockExtractor extractor)
    {
        var cells = new List<PageNode>();
        foreach (var cell in ChildElements.Of(row))
        {
            if (cell.Name is "td" or "th" && !extractor.IsNoise(cell))
                cells.Add(cell);
        }
        return cells;
    }
}
