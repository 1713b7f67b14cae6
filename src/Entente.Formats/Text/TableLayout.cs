namespace Entente.Formats.Text;

/// <summary>
/// Column widths for <see cref="TextTable"/>, by the rules Spectre.Console's Table used (ported
/// there from Rich, MIT): each column as wide as its widest line; when the table is too wide, the
/// widest columns give up columns first, down to the next widest; as a last resort all give up
/// evenly. Keeping the rules keeps the report's tables exactly as they were.
/// </summary>
internal static class TableLayout
{
    /// <param name="rows">The header row first, then the data rows.</param>
    /// <param name="available">Columns left for cell content once borders and padding are drawn.</param>
    public static int[] Widths(IReadOnlyList<StyledText[]> rows, int columns, int available)
    {
        var widths = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            widths[c] = int.MinValue;
            foreach (var row in rows)
                widths[c] = Math.Max(widths[c], Math.Min(row[c].MaxCells, available));
        }
        if (Sum(widths) > available)
        {
            Collapse(widths, available);
            var excess = Sum(widths) - available;
            if (excess > 0)
            {
                var ones = new int[columns];
                Array.Fill(ones, 1);
                Reduce(excess, ones, (int[])widths.Clone(), widths);
            }
        }
        return widths;
    }

    private static void Collapse(int[] widths, int available)
    {
        var total = Sum(widths);
        var excess = total - available;
        var ratios = new int[widths.Length];
        var limits = new int[widths.Length];
        while (total != 0 && excess > 0)
        {
            var widest = int.MinValue;
            foreach (var width in widths)
                widest = Math.Max(widest, width);
            var next = int.MinValue;
            foreach (var width in widths)
                next = Math.Max(next, width != widest ? width : 1);
            var difference = widest - next;
            if (difference == 0)
                break;
            for (var i = 0; i < widths.Length; i++)
            {
                ratios[i] = widths[i] == widest ? 1 : 0;
                limits[i] = Math.Min(excess, difference);
            }
            Reduce(excess, ratios, limits, widths);
            total = Sum(widths);
            excess = total - available;
        }
    }

    /// <summary>Takes <paramref name="total"/> columns from <paramref name="widths"/> in proportion to the ratios, each at most its limit.</summary>
    private static void Reduce(int total, int[] ratios, int[] limits, int[] widths)
    {
        var totalRatio = 0;
        for (var i = 0; i < ratios.Length; i++)
        {
            if (limits[i] <= 0)
                ratios[i] = 0;
            totalRatio += ratios[i];
        }
        var remaining = total;
        for (var i = 0; i < widths.Length && totalRatio > 0; i++)
        {
            if (ratios[i] == 0)
                continue;
            var taken = Math.Min(limits[i], ratios[i] * remaining / totalRatio);
            widths[i] -= taken;
            remaining -= taken;
            totalRatio -= ratios[i];
        }
    }

    public static int Sum(int[] widths)
    {
        var sum = 0;
        foreach (var width in widths)
            sum += width;
        return sum;
    }
}
