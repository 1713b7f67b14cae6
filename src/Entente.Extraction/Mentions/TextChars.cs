using System.Globalization;
using System.Runtime.CompilerServices;

namespace Entente.Extraction.Mentions;

/// <summary>
/// Character classes of the tokeniser. ASCII is decided with comparisons only, because the scan
/// touches every capital of every document; the Unicode tables are consulted for the rest.
/// </summary>
internal static class TextChars
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(char c) => c < 0x80 ? IsAsciiWord(c) : IsWideWord(c);

    /// <summary>An ASCII letter or digit: what nearly every character of a name is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiWord(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    private static bool IsWideWord(char c) => !IsApostrophe(c) && (char.IsLetterOrDigit(c) || IsMark(c));

    public static bool IsMark(char c) =>
        c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Characters that vanish inside a word: soft hyphen, zero-width joiners (Sinhala, Persian).</summary>
    public static bool IsInvisible(char c) =>
        c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>
    /// The apostrophes people type: "Kata'ib", "Kata’ib", "Nukuʻalofa", and the prime that converted text puts in
    /// their place ("Da′esh", "Iran′s"), which the cleaner leaves as it is.
    /// </summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or 'ʻ' or '`' or '´' or '′';

    public static bool IsDash(char c) => c is '-' or '‐' or '‑' or '‒' or '–' or '—';

    /// <summary>Joins two names only in the exact form the data writes: "Bosnia &amp; Herzegovina", "BRICS+".</summary>
    public static bool IsSymbol(char c) => c is '&' or '+';

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u00A0' or '\u202F' or '\u2009';

    public static bool IsUpperLetter(char c) => c < 0x80 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    /// <summary>Capitalised for the case rules: an upper-case letter, or a letter of a script without case.</summary>
    public static bool IsCapital(char c) => c < 0x80 ? (uint)(c - 'A') <= 'Z' - 'A' || (uint)(c - '0') <= 9 : !char.IsLower(c);

    public static bool IsLetterOrDigit(char c) =>
        c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);
}
