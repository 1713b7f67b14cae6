namespace Entente.Extraction.Segmentation;

/// <summary>
/// Whether a line break inside a paragraph ends a sentence. Most are wrapping (a pasted e-mail, a
/// text file cut at 72 columns) and read as a space. A break ends the sentence before a blank line,
/// before a bullet or a number ("- Hezbollah", "2) Hamas") the cleaner left inside the paragraph,
/// and after a short line with no end mark followed by a capital: a heading or a label on its own line.
/// </summary>
internal static class LineBreaks
{
    /// <summary>Shorter than any wrapped line of prose, longer than most headings and labels.</summary>
    private const int ShortLine = 40;

    public static bool EndsSentence(ReadOnlySpan<char> text, int sentenceStart, int newline)
    {
        var next = newline + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '\r')
            next++;
        if (next >= text.Length || text[next] == '\n')
            return true;
        if (StartsItem(text[next..]))
            return true;
        var lineStart = text[sentenceStart..newline].LastIndexOf('\n') + 1 + sentenceStart;
        var line = text[lineStart..newline].Trim();
        if (line.IsEmpty || line.Length >= ShortLine || !char.IsUpper(text[next]))
            return false;
        return char.IsLetterOrDigit(line[^1]); // not after "Allies:" or "Hezbollah,": the line goes on
    }

    /// <summary>A bullet ("-", "*", "•") or a number or letter with "." or ")" ("1.", "b)"), then a space.</summary>
    private static bool StartsItem(ReadOnlySpan<char> line)
    {
        if (line.Length < 2)
            return false;
        if (line[0] is '-' or '*' or '•' or '·' or '▪' or '‣' or '◦' or '–' or '—')
            return line[1] is ' ' or '\t';
        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsDigit(line[digits]))
            digits++;
        var marker = digits > 0 ? digits : char.IsLetter(line[0]) ? 1 : 0;
        if (marker == 0 || marker + 1 >= line.Length)
            return false;
        if (digits == 0 && line[1] != ')')
            return false; // a letter needs "a)": "a." is too often the end of a word
        return line[marker] is '.' or ')' && line[marker + 1] is ' ' or '\t';
    }
}
