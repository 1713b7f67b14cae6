namespace Entente.Extraction.Mentions;

/// <summary>
/// What may stand between two words of one name: spaces (one line break at most, never a paragraph
/// break), one hyphen or dash ("Guinea-Bissau", "Islamic State – Khorasan Province"), an apostrophe
/// ("People's" reads as "people", "s"), and a dot after a short abbreviation ("St. Lucia"). Commas,
/// full stops and brackets end a name, so "Iran. Syria" never reads as one.
/// </summary>
internal static class Joiners
{
    private const int MaxLength = 4;

    /// <summary>Where the next word of a name starts after a word ending at <paramref name="end"/>, or -1.</summary>
    public static int SkipForward(ReadOnlySpan<char> text, int end, int previousLength)
    {
        var j = end;
        if (j < text.Length && text[j] == '.' && previousLength <= 3)
            j++;
        var newlines = 0;
        var dashes = 0;
        while (j < text.Length && j - end < MaxLength)
        {
            var c = text[j];
            if (c == '\n' && ++newlines > 1)
                return -1;
            if (TextChars.IsDash(c) && ++dashes > 1)
                return -1;
            if (!TextChars.IsSpace(c) && !TextChars.IsDash(c) && !TextChars.IsApostrophe(c))
                break;
            j++;
        }
        if (j >= text.Length)
            return -1;
        var next = text[j];
        return TextChars.IsWord(next) || TextChars.IsSymbol(next) ? j : -1;
    }

    /// <summary>Where the word before a name word starting at <paramref name="start"/> ends, or -1.</summary>
    public static int SkipBackward(ReadOnlySpan<char> text, int start)
    {
        var j = start;
        var newlines = 0;
        var dashes = 0;
        while (j > 0 && start - j < MaxLength)
        {
            var c = text[j - 1];
            if (c == '\n' && ++newlines > 1)
                return -1;
            if (TextChars.IsDash(c) && ++dashes > 1)
                return -1;
            if (!TextChars.IsSpace(c) && !TextChars.IsDash(c) && !TextChars.IsApostrophe(c))
                break;
            j--;
        }
        return j > 0 && TextChars.IsWord(text[j - 1]) ? j : -1;
    }
}
