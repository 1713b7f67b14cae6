namespace Entente.Extraction.Documents;

/// <summary>
/// A text cut into lines without copying it: each line is a span of the original, with its end of
/// line ("\n", "\r\n" or a lone "\r") left out.
/// </summary>
internal sealed class TextLines
{
    private readonly string text;
    private readonly List<(int Start, int Length)> lines = [];

    public TextLines(string text)
    {
        this.text = text;
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
