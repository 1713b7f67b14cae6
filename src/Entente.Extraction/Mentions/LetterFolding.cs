namespace Entente.Extraction.Mentions;

/// <summary>
/// Lower-cases and strips diacritics from one letter, as <see cref="Resolution.NameKey"/> does
/// ("Türkiye" = "turkiye"). The process runs with invariant globalization, so string.Normalize cannot
/// do it; this table covers the Latin letters that country and group names use.
/// </summary>
internal static class LetterFolding
{
    private static readonly Dictionary<char, string> Table = Build(
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
        ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ð", "d"));

    private static Dictionary<char, string> Build(params (string Letters, string Plain)[] groups)
    {
        var map = new Dictionary<char, string>();
        foreach (var (letters, plain) in groups)
        {
            foreach (var letter in letters)
                map[letter] = plain;
        }
        return map;
    }

    // Every letter's invariant lowercase, worked out once: a scan asks for it for every non-ASCII letter it meets.
    private static readonly char[] LowerOf = BuildLowerOf();

    // The plain spelling of each folded letter, by its lowercase (all of them lie below Latin Extended-B's end).
    private const int PlainLimit = 0x250;
    private static readonly string?[] PlainOf = BuildPlainOf();

    private static char[] BuildLowerOf()
    {
        var lower = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            lower[c] = char.ToLowerInvariant((char)c);
        return lower;
    }

    private static string?[] BuildPlainOf()
    {
        var plain = new string?[PlainLimit];
        foreach (var (letter, spelling) in Table)
        {
            if (letter >= PlainLimit)
                throw new InvalidOperationException($"Folded letter U+{(int)letter:X4} lies past the table's end.");
            plain[letter] = spelling;
        }
        return plain;
    }

    /// <summary>Writes the folded form of a non-ASCII letter into <paramref name="key"/>; false when it does not fit.</summary>
    public static bool Append(char c, Span<char> key, ref int length)
    {
        var lower = LowerOf[c];
        if (lower < PlainLimit && PlainOf[lower] is { } plain)
        {
            if (length + plain.Length > key.Length)
                return false;
            plain.AsSpan().CopyTo(key[length..]);
            length += plain.Length;
            return true;
        }
        if (length >= key.Length)
            return false;
        key[length++] = lower;
        return true;
    }
}
