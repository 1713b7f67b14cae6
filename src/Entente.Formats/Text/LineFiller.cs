namespace Entente.Formats.Text;

/// <summary>Fills lines of a fixed width word by word, as Spectre.Console's Paragraph did.</summary>
internal sealed class LineFiller(List<List<Run>> lines, int width)
{
    private List<Run> _line = [];
    private int _cells;

    /// <summary>Adds a word no wider than a line, starting a new line when it does not fit.</summary>
    public void Place(Run word)
    {
        if (_cells + word.Cells > width)
        {
            Break();
            if (word.IsWhiteSpace)
                return;
        }
        _line.Add(word);
        _cells += word.Cells;
    }

    /// <summary>Cuts a word too wide for a line into pieces that fit, never inside a surrogate pair.</summary>
    public void PlaceFolded(Run word)
    {
        var text = word.Text;
        var start = 0;
        var cells = 0;
        for (var i = 0; i < text.Length;)
        {
            var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            var next = CellWidth.Of(text.AsSpan(i, length));
            if (cells + next > width && i > start)
            {
                Place(new Run(text[start..i], word.Style, cells));
                start = i;
                cells = 0;
            }
            cells += next;
            i += length;
        }
        Place(new Run(text[start..], word.Style, cells));
    }

    public void Break()
    {
        lines.Add(_line);
        _line = [];
        _cells = 0;
    }

    public void Finish()
    {
        if (_line.Count > 0)
            lines.Add(_line);
    }
}
