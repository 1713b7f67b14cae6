using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Entente.Extraction.Mentions;

/// <summary>
/// The tokeniser's fast path for the usual word: up to fifteen ASCII letters and digits that end in
/// plain ASCII (a space, a comma, a hyphen), a full stop after two letters or more, or a possessive
/// ("Iran's", "US’s"). Sixteen characters are tested at once, so where the word ends and its
/// lower-case <see cref="PackedKey"/> come without a loop, and without the mispredicted loop exit
/// that a word of unpredictable length costs. Anything else ("U.S.", "Kata'ib", "Türkiye", a long
/// word, the text's last characters) is left to <see cref="Tokenizer.Read(ReadOnlySpan{char}, int, Span{char}, out int)"/>,
/// which gives the same key whenever this reader gives one.
/// </summary>
internal static class AsciiWordReader
{
    private const int Width = 16;

    /// <summary>Reads the word at <paramref name="start"/>; false when it needs the full tokeniser.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryRead(ReadOnlySpan<char> text, int start, out int end, out PackedKey key)
    {
        if (start + Width >= text.Length)
        {
            (end, key) = (start, default);
            return false; // the block and the two characters after a word must lie inside the text
        }
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var chars = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(units), (nuint)start);
        var lower = chars | Vector256.Create((ushort)0x20); // folds A–Z, leaves digits as they are
        var letters = Vector256.LessThan(lower - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
        var digits = Vector256.LessThan(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
        var length = BitOperations.TrailingZeroCount(~(letters | digits).ExtractMostSignificantBits());
        end = start + length;
        if (length == 0 || length == Width || !EndsPlainly(text, end, length))
        {
            key = default;
            return false;
        }
        var kept = Vector256.ConditionalSelect(Vector256.LessThan(Vector256<ushort>.Indices, Vector256.Create((ushort)length)), lower, Vector256<ushort>.Zero);
        var bytes = Vector128.Narrow(kept.GetLower(), kept.GetUpper()).AsUInt64();
        key = new PackedKey(bytes.ToScalar(), bytes.GetElement(1));
        return true;
    }

    /// <summary>
    /// Whether the tokeniser would end the word at <paramref name="end"/> (the first character that
    /// is not an ASCII letter or digit, with two more characters after it in the text).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsPlainly(ReadOnlySpan<char> text, int end, int length)
    {
        var stop = text[end];
        if (stop < 0x80 && stop is not ('\'' or '`' or '.'))
            return true;
        if (stop == '.')
            return length > 1; // a single letter before a dot may be an initial of "U.S."
        if (!TextChars.IsApostrophe(stop))
            return false;
        var after = text[end + 1];
        if (!TextChars.IsWord(after))
            return true;
        return (after | 0x20) == 's' && (end + 2 >= text.Length || !TextChars.IsWord(text[end + 2])); // "Iran's"; "Kata'ib" goes on
    }
}
