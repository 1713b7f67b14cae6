namespace Entente.Extraction.Documents;

/// <summary>
/// A Markdown pipe table (a header row, a "|---|---|" row, then data rows) to one table-row block
/// per data row, each carrying the header cells, as HTML tables are read.
/// </summary>
internal static class PipeTable
{
    /// <summary>True when a table starts at <paramref name="at"/>: a row with a pipe above a separator row.</summary>
    public static bool StartsAt(TextLines lines, int at) =>
        at + 1 < lines.Count && lines.Trimmed(at).Contains('|') && LineShapes.IsTableSeparator(lines.Trimmed(at + 1));

    /// <summary>Reads the table at <paramref name="at"/> into blocks and returns the index of the line after it.</summary>
    public static int Read(TextLines lines, int at, List<TextBlock> into)
    {
        var headers = Cells(lines.Trimmed(at));
        var i = at + 2;
        for (; i < lines.Count; i++)
        {
            var line = lines.Trimmed(i);
            if (line.IsEmpty || !line.Contains('|'))
                break;
            var cells = Cells(line);
            if (cells.All(cell => cell.Length == 0))
                continue;
            var text = string.Join(HtmlTableReader.CellSeparator, cells.Where(cell => cell.Length > 0));
            into.Add(new TextBlock(BlockKind.TableRow, text) { Cells = cells, Headers = headers });
        }
        return i;
    }

    private static string[] Cells(ReadOnlySpan<char> row)
    {
        if (row.StartsWith('|'))
            row = row[1..];
        if (row.EndsWith('|') && !row.EndsWith("\\|"))
            row = row[..^1];
        var cells = new List<string>();
        var start = 0;
        for (var i = 0; i <= row.Length; i++)
        {
            if (i < row.Length && (row[i] != '|' || (i > 0 && row[i - 1] == '\\')))
                continue;
            var cell = row[start..i].ToString().Replace("\\|", "|", StringComparison.Ordinal);
            cells.Add(MarkdownInline.Strip(Whitespace.Collapse(cell)));
            start = i + 1;
        }
        return [.. cells];
    }
}
