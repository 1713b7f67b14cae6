namespace Entente.Formats.Text;

/// <summary>
/// A table with square box borders in one colour, bold headers and cells wrapped to their column,
/// drawn as Spectre.Console's Table drew it (one space of padding either side of every cell).
/// </summary>
internal sealed class TextTable
{
    private readonly List<StyledText[]> _rows = [];
    private readonly bool[] _alignRight;
    private readonly TextStyle _border;

    public TextTable(IReadOnlyList<string> headers, TextStyle border, bool[] alignRight)
    {
        _border = border;
        _alignRight = alignRight;
        _rows.Add(headers.Select(header => new StyledText(header, TextStyle.Bold)).ToArray());
    }

    private int Columns => _alignRight.Length;

    public void AddRow(StyledText[] cells) => _rows.Add(cells);

    /// <summary>Draws the table; when not even the borders fit the width, writes "…" as Spectre did.</summary>
    public void Write(TextCanvas canvas)
    {
        var frame = (Columns - 1) + 2 + (2 * Columns);
        var widths = TableLayout.Widths(_rows, Columns, canvas.Width - frame);
        var tableWidth = TableLayout.Sum(widths) + frame;
        if (tableWidth <= 0 || tableWidth > canvas.Width || HasNegative(widths))
        {
            canvas.Write("…", _border);
            return;
        }
        Edge(canvas, widths, '┌', '┬', '┐');
        for (var r = 0; r < _rows.Count; r++)
        {
            WriteRow(canvas, _rows[r], widths, header: r == 0);
            if (r == 0 && _rows.Count > 1)
                Edge(canvas, widths, '├', '┼', '┤');
        }
        Edge(canvas, widths, '└', '┴', '┘');
    }

    private void WriteRow(TextCanvas canvas, StyledText[] row, int[] widths, bool header)
    {
        var cells = new List<List<Run>>[Columns];
        var height = 1;
        for (var c = 0; c < Columns; c++)
        {
            cells[c] = row[c].Wrap(widths[c]);
            height = Math.Max(height, cells[c].Count);
        }
        for (var line = 0; line < height; line++)
        {
            canvas.Write("│", _border);
            for (var c = 0; c < Columns; c++)
            {
                canvas.Spaces(1);
                var content = line < cells[c].Count ? cells[c][line] : null;
                var lead = _alignRight[c] && !header && content is not null ? widths[c] - StyledText.Cells(content) : 0;
                canvas.Spaces(lead);
                var written = content is null ? 0 : canvas.Write(content);
                canvas.Spaces(widths[c] - lead - written);
                canvas.Spaces(1);
                canvas.Write("│", _border);
            }
            canvas.EndLine();
        }
    }

    private void Edge(TextCanvas canvas, int[] widths, char left, char middle, char right)
    {
        canvas.Write(left, 1, _border);
        for (var c = 0; c < Columns; c++)
        {
            if (c > 0)
                canvas.Write(middle, 1, _border);
            canvas.Write('─', widths[c] + 2, _border);
        }
        canvas.Write(right, 1, _border);
        canvas.EndLine();
    }

    private static bool HasNegative(int[] widths)
    {
        foreach (var width in widths)
        {
            if (width < 0)
                return true;
        }
        return false;
    }
}
