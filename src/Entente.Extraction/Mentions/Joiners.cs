namespace Entente.Extraction.Mentions;

/// <summary>
/// What may stand between two words of one name: spaces (one line break at most, never a paragraph
/// break), one hyphen, dash or slash ("Guinea-Bissau", "Islamic State – Khorasan Province", "AFC/M23"),
/// an apostrophe ("People's" reads as "people", "s"), and a dot after a short abbreviation ("St. Lucia").
/// Commas, full stops and brackets end a name, so "Iran. Syria" never reads as one. A slash joins only
/// where the data holds the joined words as one name: "Hamas/Hezbollah" is still two.
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
        var marks = 0;
        while (j < text.Length && j - end < MaxLength)
        {
            var c = text[j];
            if (c == '\n' && ++newlines > 1)
                return -1;
            if (IsMark(c) && ++marks > 1)
                return -1;
            if (!TextChars.IsSpace(c) && !IsMark(c) && !TextChars.IsApostrophe(c))
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
        var marks = 0;
        while (j > 0 && start - j < MaxLength)
        {
            var c = text[j - 1];
            if (c == '\n' && ++newlines > 1)
                return -1;
            if (IsMark(c) && ++marks > 1)
                return -1;
            if (!TextChars.IsSpace(c) && !IsMark(c) && !TextChars.IsApostrophe(c))
                break;
            j--;
        }
        return j > 0 && TextChars.IsWord(text[j - 1]) ? j : -1;
    }

    // "AFC/M23", "M23/AFC": a slash joins the names of two bodies that act as one, the way a hyphen does.
    private static bool IsMark(char c) => TextChars.IsDash(c) || c == '/';
}
