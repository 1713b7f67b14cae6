namespace Entente.Extraction.Mentions;

public sealed partial class Gazetteer
{
    /// <summary>Whether the words at start..end are written the way the name's case rule asks.</summary>
    private bool Fits(NameCandidate name, ReadOnlySpan<char> text, int start, int anchorStart, int anchorEnd, int end) => name.Rule switch
    {
        CaseRule.Capitalised => TextChars.IsCapital(text[anchorStart]),
        CaseRule.ExactCapitals => SameLetters(text[start..end], name.Letters) && !Shouted(text, start, end),
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
    /// Whether the acronym at start..end sits among words in capitals that are not codes themselves:
    /// in "IRAN IS BACK" or "WHO ARE THE ALLIES" the capitals say nothing, so "IS" and "ARE" (the
    /// United Arab Emirates' code) are words. "PMF, IRGC and KH" keeps all three.
    /// </summary>
    private bool Shouted(ReadOnlySpan<char> text, int start, int end)
    {
        var before = start;
        while (before > 0 && start - before < 4 && !TextChars.IsWord(text[before - 1]) && text[before - 1] != '\n')
            before--;
        if (before > 0 && TextChars.IsWord(text[before - 1]) && IsShouting(text[Tokenizer.StartOfWordBefore(text, before)..before]))
            return true;
        var after = end;
        while (after < text.Length && after - end < 4 && !TextChars.IsWord(text[after]) && text[after] != '\n')
            after++;
        var wordEnd = after;
        while (wordEnd < text.Length && (TextChars.IsWord(text[wordEnd]) || text[wordEnd] == '.'))
            wordEnd++;
        return wordEnd > after && IsShouting(text[after..wordEnd]);
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
