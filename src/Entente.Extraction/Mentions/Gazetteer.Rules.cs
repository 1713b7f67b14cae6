namespace Entente.Extraction.Mentions;

public sealed partial class Gazetteer
{
    /// <summary>How many words on each side of an acronym tell whether its line is written in capitals.</summary>
    private const int ShoutWindow = 2;

    /// <summary>Whether the words at start..end are written the way the name's case rule asks.</summary>
    private bool Fits(NameCandidate name, ReadOnlySpan<char> text, int start, int anchorStart, int anchorEnd, int end) => name.Rule switch
    {
        CaseRule.Capitalised => TextChars.IsCapital(text[anchorStart]),
        CaseRule.ExactCapitals => SameLetters(text[start..end], name.Letters) && !(name.ReadsAsWord && Shouted(text, start, end)),
        CaseRule.ExactFirstWord => SameLetters(text[anchorStart..anchorEnd], name.Letters),
        _ => false,
    };

    private static bool SameLetters(ReadOnlySpan<char> written, string letters)
    {
        var k = 0;
        foreach (var c in written)
        {
            if (!TextChars.IsLetterOrDigit(c))
                continue;
            if (k >= letters.Length || letters[k] != c)
                return false;
            k++;
        }
        return k == letters.Length;
    }

    /// <summary>
    /// Whether the acronym at start..end sits among words in capitals that are not acronyms themselves
    /// (two words each way, within the line): in "IRAN IS BACK", "WHO ARE THE ALLIES" or "PMF AND IRGC
    /// UNITS" the capitals say nothing, so "IS", "ARE" (the Emirates' code) and "AND" (Andorra's) are
    /// words. Asked only of forms that spell a word: "OF THE UAE" keeps UAE, "PMF, IRGC and KH" all three.
    /// </summary>
    private bool Shouted(ReadOnlySpan<char> text, int start, int end)
    {
        var before = start;
        for (var k = 0; k < ShoutWindow; k++)
        {
            var wordEnd = before;
            while (wordEnd > 0 && before - wordEnd < 4 && !TextChars.IsWord(text[wordEnd - 1]) && text[wordEnd - 1] != '\n')
                wordEnd--;
            if (wordEnd == 0 || !TextChars.IsWord(text[wordEnd - 1]))
                break;
            before = Tokenizer.StartOfWordBefore(text, wordEnd);
            if (IsShouting(text[before..wordEnd]))
                return true;
        }
        var after = end;
        for (var k = 0; k < ShoutWindow; k++)
        {
            var wordStart = after;
            while (wordStart < text.Length && wordStart - after < 4 && !TextChars.IsWord(text[wordStart]) && text[wordStart] != '\n')
                wordStart++;
            after = wordStart;
            while (after < text.Length && (TextChars.IsWord(text[after]) || text[after] == '.'))
                after++;
            if (after == wordStart)
                break;
            if (IsShouting(text[wordStart..after]))
                return true;
        }
        return false;
    }

    private bool IsShouting(ReadOnlySpan<char> word)
    {
        Span<char> letters = stackalloc char[Tokenizer.MaxKeyLength];
        var count = 0;
        var capitals = 0;
        foreach (var c in word)
        {
            if (!TextChars.IsLetterOrDigit(c))
                continue;
            if (char.IsLower(c) || count == letters.Length)
                return false;
            if (TextChars.IsUpperLetter(c))
                capitals++;
            letters[count++] = c;
        }
        return capitals >= 2 && !_capitalForms.Contains(letters[..count]);
    }

    /// <summary>Where the name starts when the words before its anchor are its lead words ("al" of "al-Hashd"), or -1.</summary>
    private static int LeadStart(ReadOnlySpan<char> text, int anchorStart, string[] lead)
    {
        Span<char> key = stackalloc char[Tokenizer.MaxKeyLength];
        var start = anchorStart;
        for (var k = lead.Length - 1; k >= 0; k--)
        {
            var end = Joiners.SkipBackward(text, start);
            if (end < 0)
                return -1;
            var wordStart = Tokenizer.StartOfWordBefore(text, end);
            if (Tokenizer.Read(text, wordStart, key, out var keyLength) != end || !key[..Math.Max(keyLength, 0)].SequenceEqual(lead[k]))
                return -1;
            start = wordStart;
        }
        return start;
    }
}
