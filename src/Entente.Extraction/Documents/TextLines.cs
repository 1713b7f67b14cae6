namespace Entente.Extraction.Documents;

/// <summary>
/// A text cut into lines without copying it: each line is a span of the original, with its end of
/// line ("\n", "\r\n" or a lone "\r") left out.
/// </summary>
internal sealed class TextLines
{
    private readonly string text;
    // Wrapped text breaks lines at 72-80 characters; a paragraph pasted from a page runs far longer.
    private const int UnwrappedLineLength = 110;

    private readonly List<(int Start, int Length)> lines;
    private bool? oneParagraphPerLine;

    public TextLines(string text)
    {
        this.text = text;
        // Sized by one vectorised count up front: growing the list line by line copied it over and over.
        lines = new List<(int Start, int Length)>(text.AsSpan().Count('\n') + 1);
        var start = 0;
        while (start <= text.Length)
        {
            var at = text.AsSpan(start).IndexOfAny('\n', '\r');
            if (at < 0)
            {
                lines.Add((start, text.Length - start));
                break;
            }
            lines.Add((start, at));
            start += at + 1;
            if (text[start - 1] == '\r' && start < text.Length && text[start] == '\n')
                start++;
        }
    }

    public int Count => lines.Count;

    /// <summary>
    /// Whether the text puts each paragraph on one line and ends paragraphs with a single line break,
    /// as text pasted from a web page does. Hard-wrapped text never has many lines this long, so a
    /// fair share of them says the line breaks are the writer's own.
    /// </summary>
    public bool OneParagraphPerLine
    {
        get
        {
            if (oneParagraphPerLine is { } known)
                return known;
            int filled = 0, long_ = 0;
            foreach (var (start, length) in lines)
            {
                if (length == 0 || text.AsSpan(start, length).IsWhiteSpace())
                    continue;
                filled++;
                long_ += length >= UnwrappedLineLength ? 1 : 0;
            }
            return (oneParagraphPerLine = long_ >= 2 && long_ * 4 >= filled).Value;
        }
    }

    /// <summary>Whether the line starts with white space (a continuation of the item above it).</summary>
    public bool IsIndented(int index) => this[index] is [' ' or '\t', ..];

    public ReadOnlySpan<char> this[int index] => text.AsSpan(lines[index].Start, lines[index].Length);

    /// <summary>The line without white space at either end.</summary>
    public ReadOnlySpan<char> Trimmed(int index) => this[index].Trim();

    public bool IsBlank(int index) => index >= Count || this[index].IsWhiteSpace();

    /// <summary>The lines from <paramref name="first"/> up to, not including, <paramref name="end"/>, as one string.</summary>
    public string Join(int first, int end)
    {
        if (first >= end)
            return "";
        var from = lines[first].Start;
        var to = lines[end - 1].Start + lines[end - 1].Length;
        return text[from..to];
    }
}
