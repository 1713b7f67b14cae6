using Entente.Formats.Reports;

namespace Entente.Formats.Text;

/// <summary>The report's building blocks, drawn as the Spectre.Console Rule, Panel, Text and Padder drew them.</summary>
internal static class TextBlocks
{
    private const int RuleEnds = 3;

    /// <summary>"── Title ─────": the title is shortened at a word, with "…", when the width is too small.</summary>
    public static void Rule(TextCanvas canvas, string title)
    {
        var width = canvas.Width;
        var text = Shorten(ControlText.Strip(title, keepLineBreaks: false).Trim(), width - (2 * RuleEnds));
        if (text.Length == 0)
        {
            canvas.Write('─', width, TextStyle.Plain);
        }
        else
        {
            canvas.Write("── " + text + " ", TextStyle.Plain);
            canvas.Write('─', width - CellWidth.Of(text) - RuleEnds - 1, TextStyle.Plain);
        }
        canvas.EndLine();
    }

    /// <summary>A box the full width of the canvas, its header on the top edge and the body wrapped inside.</summary>
    public static void Panel(TextCanvas canvas, string header, StyledText body)
    {
        var width = canvas.Width;
        var inner = width - 4;
        var title = Shorten(header, inner);
        canvas.Write("┌─" + title, TextStyle.Plain);
        canvas.Write('─', width - 3 - CellWidth.Of(title), TextStyle.Plain);
        canvas.Write("┐", TextStyle.Plain);
        canvas.EndLine();
        foreach (var line in body.Wrap(inner))
        {
            canvas.Write("│ ", TextStyle.Plain);
            canvas.Spaces(inner - canvas.Write(line));
            canvas.Write(" │", TextStyle.Plain);
            canvas.EndLine();
        }
        canvas.Write("└", TextStyle.Plain);
        canvas.Write('─', width - 2, TextStyle.Plain);
        canvas.Write("┘", TextStyle.Plain);
        canvas.EndLine();
    }

    /// <summary>Text wrapped to the canvas width, each line after <paramref name="indent"/> spaces.</summary>
    public static void Paragraph(TextCanvas canvas, StyledText text, int indent = 0)
    {
        foreach (var line in text.Wrap(canvas.Width - indent))
        {
            if (StyledText.Cells(line) > 0)
                canvas.Spaces(indent);
            canvas.Write(line);
            canvas.EndLine();
        }
    }

    public static void Line(TextCanvas canvas, string? text, TextStyle style) =>
        Paragraph(canvas, new StyledText(text, style));

    /// <summary>
    /// The text itself when it fits in <paramref name="cells"/> columns, else as many whole words as
    /// fit followed by "…" (or the first word cut short when not even that fits).
    /// </summary>
    private static string Shorten(string text, int cells)
    {
        if (CellWidth.Of(text) <= cells)
            return text;
        if (cells <= 0)
            return "";
        var words = new StyledText(text, TextStyle.Plain).Wrap(cells - 1);
        return words.Count == 0 ? "" : string.Concat(words[0].Select(run => run.Text)).TrimEnd() + "…";
    }
}
