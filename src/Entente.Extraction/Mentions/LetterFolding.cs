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

    /// <summary>Writes the folded form of a non-ASCII letter into <paramref name="key"/>; false when it does not fit.</summary>
    public static bool Append(char c, Span<char> key, ref int length)
    {
        var lower = char.ToLowerInvariant(c);
        if (Table.TryGetValue(lower, out var plain))
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
