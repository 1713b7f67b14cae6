namespace Entente.Extraction.Mentions;

/// <summary>
/// Reads one token of a text and writes its key, the way <see cref="Resolution.NameKey"/> compares
/// names: lower case, no diacritics, no dots or apostrophes ("U.S." → "us", "Kata'ib" → "kataib",
/// "Türkiye" → "turkiye"). Names and documents go through this same reader, so they always agree.
/// A possessive "'s" ends the token ("Iran's" → "iran", then "s"); hyphens always do
/// ("Iranian-backed" → "iranian", "backed").
/// </summary>
internal static class Tokenizer
{
    /// <summary>Long enough for any one word of a name; a longer word cannot be part of one.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>
    /// Reads the token that starts at <paramref name="start"/> (a word character or a symbol) and
    /// returns where it ends; <paramref name="keyLength"/> is -1 when the key did not fit.
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, int start, Span<char> key, out int keyLength)
    {
        if (TextChars.IsSymbol(text[start]))
        {
            key[0] = text[start];
            keyLength = 1;
            return start + 1;
        }
        var length = 0;
        var overflow = false;
        var segment = 0; // letters since the token start or the last dot, for "U.S." style initials
        var dotted = false;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            var folded = (uint)((c | 0x20) - 'a'); // below 26 only for the ASCII letters, in either case
            if (folded <= 'z' - 'a' || (uint)(c - '0') <= 9)
            {
                var lower = folded <= 'z' - 'a' ? (char)(c | 0x20) : c;
                if (length < key.Length)
                    key[length++] = lower;
                else
                    overflow = true;
                segment++;
                i++;
            }
            else if (c < 0x80 && c is not ('\'' or '`' or '.'))
            {
                break; // a space, a comma, a hyphen: the usual end of a word, decided without the tables
            }
            else if (TextChars.IsApostrophe(c))
            {
                // Inside a word it vanishes; before a final "s" it is a possessive and ends the word.
                if (i == start || i + 1 >= text.Length || !TextChars.IsWord(text[i + 1]))
                    break;
                if ((text[i + 1] | 0x20) == 's' && (i + 2 >= text.Length || !TextChars.IsWord(text[i + 2])))
                    break;
                i++;
            }
            else if (c == '.')
            {
                // Only single-letter segments join across a dot, so "U.S." is one word and "Iran.The" two.
                if (segment == 1 && i + 1 < text.Length && TextChars.IsLetterOrDigit(text[i + 1]))
                {
                    dotted = true;
                    segment = 0;
                    i++;
                    continue;
                }
                if (dotted && segment == 1)
                    i++; // the closing dot of "U.S." belongs to the name
                break;
            }
            else if (c >= 0x80 && char.IsLetterOrDigit(c))
            {
                if (!LetterFolding.Append(c, key, ref length))
                    overflow = true;
                segment++;
                i++;
            }
            else if (TextChars.IsMark(c))
            {
                if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpacingCombiningMark)
                {
                    if (length < key.Length)
                        key[length++] = c;
                    else
                        overflow = true;
                }
                i++;
            }
            else if (TextChars.IsInvisible(c) && i + 1 < text.Length && TextChars.IsWord(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        keyLength = overflow ? -1 : length;
        return i;
    }

    /// <summary>Where the word that ends at <paramref name="end"/> starts (the reverse of <see cref="Read"/>).</summary>
    public static int StartOfWordBefore(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        while (i > 0)
        {
            var c = text[i - 1];
            if (TextChars.IsWord(c) || (TextChars.IsInvisible(c) && i < end))
                i--;
            else if ((TextChars.IsApostrophe(c) || c == '.') && i < end && i >= 2 && TextChars.IsWord(text[i - 2]))
                i--;
            else
                break;
        }
        while (i < end && !TextChars.IsWord(text[i]))
            i++;
        return i;
    }
}

/// <summary>
/// Room for one key, as a plain local rather than stackalloc: a method that stackallocs is compiled
/// once without profile guidance, and the scan loop is the one method that needs it most.
/// </summary>
[System.Runtime.CompilerServices.InlineArray(Tokenizer.MaxKeyLength)]
internal struct KeyBuffer
{
    private char _first;
}
