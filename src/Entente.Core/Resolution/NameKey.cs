using System.Globalization;
using System.Text;

namespace Entente.Resolution;

/// <summary>
/// The form names are compared in: lower case, no diacritics, no dots or apostrophes, other
/// punctuation as spaces, no leading "the" ("U.S." = "US" = "us"; "Türkiye" = "turkiye";
/// "Kata'ib Hezbollah" = "kataib hezbollah").
/// </summary>
public static class NameKey
{
    // The process runs with invariant globalization (no ICU, faster start), so string.Normalize
    // cannot strip accents; this table folds the Latin letters that country and group names use.
    private static readonly Dictionary<char, string> LatinFolding = Build(
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
        ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ð", "d"));

    private static Dictionary<char, string> Build(params (string Letters, string Plain)[] groups)
    {
        var map = new Dictionary<char, string>();
        foreach (var (letters, plain) in groups)
            foreach (var letter in letters)
                map[letter] = plain;
        return map;
    }

    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
                continue;
            if (c is '.' or '\'' or '’' or '‘' or '`' or '´' or 'ʼ' or '′')
                continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                    builder.Append(' ');
                pendingSpace = false;
                var lower = char.ToLowerInvariant(c);
                if (LatinFolding.TryGetValue(lower, out var folded))
                    builder.Append(folded);
                else
                    builder.Append(lower);
            }
            else
            {
                pendingSpace = true;
            }
        }
        var key = builder.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
