using Entente.Formats.Reports;

namespace Entente.Formats.Text;

/// <summary>
/// A word or a run of whitespace, with its style and width in terminal columns. A class, not a
/// struct: lists of it then share the framework's precompiled generic code instead of being
/// compiled on first use, which matters for a command that renders once and exits.
/// </summary>
internal sealed record Run(string Text, TextStyle Style, int Cells)
{
    public bool IsWhiteSpace => Text.Length == 0 || char.IsWhiteSpace(Text[0]);
}

/// <summary>
/// Text whose parts may have different styles, kept as lines of words. Every part has its control
/// characters stripped on the way in (line breaks excepted), so data cannot send escape sequences,
/// and nothing in it is ever read as markup. Words are split the way Spectre.Console's Paragraph
/// split them, so <see cref="Wrap"/> breaks lines where the report always broke them.
/// </summary>
internal sealed class StyledText
{
    private readonly List<List<Run>> _lines = [];

    public StyledText()
    {
    }

    public StyledText(string? text, TextStyle style) => Append(text, style);

    /// <summary>The width of the longest line, unwrapped.</summary>
    public int MaxCells { get; private set; }

    public StyledText Append(string? text) => Append(text, TextStyle.Plain);

    public StyledText Append(string? text, TextStyle style)
    {
        var clean = text is null ? "" : ControlText.Strip(text, keepLineBreaks: true);
        var start = 0;
        for (var first = true; ; first = false)
        {
            if (!first || _lines.Count == 0)
                _lines.Add([]);
            var end = clean.IndexOf('\n', start);
            AddWords(_lines[^1], end < 0 ? clean[start..] : clean[start..end], style);
            MaxCells = Math.Max(MaxCells, Cells(_lines[^1]));
            if (end < 0)
                return this;
            start = end + 1;
        }
    }

    /// <summary>
    /// Greedy word wrap to <paramref name="width"/> columns. A word wider than a line is cut into
    /// line-wide pieces; whitespace that would start a wrapped line is dropped. The lines returned
    /// may be shared with this text: read them, do not change them.
    /// </summary>
    public List<List<Run>> Wrap(int width)
    {
        var result = new List<List<Run>>(_lines.Count);
        if (width <= 0)
            return result;
        if (MaxCells <= width)
        {
            result.AddRange(_lines);
            return result;
        }
        var wrapper = new LineFiller(result, width);
        for (var i = 0; i < _lines.Count; i++)
        {
            if (i > 0)
                wrapper.Break();
            foreach (var word in _lines[i])
            {
                if (word.Cells <= width)
                    wrapper.Place(word);
                else
                    wrapper.PlaceFolded(word);
            }
        }
        wrapper.Finish();
        return result;
    }

    public static int Cells(List<Run> line)
    {
        var cells = 0;
        foreach (var run in line)
            cells += run.Cells;
        return cells;
    }

    private static void AddWords(List<Run> line, string part, TextStyle style)
    {
        if (part.Length == 0)
        {
            line.Add(new Run("", style, 0));
            return;
        }
        var start = 0;
        while (start < part.Length)
        {
            var space = char.IsWhiteSpace(part[start]);
            var end = start + 1;
            while (end < part.Length && char.IsWhiteSpace(part[end]) == space)
                end++;
            var word = part[start..end];
            line.Add(new Run(word, style, CellWidth.Of(word)));
            start = end;
        }
    }
}
