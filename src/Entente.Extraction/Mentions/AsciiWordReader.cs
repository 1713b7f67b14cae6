using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
        var bytes = (Narrow(lower) & Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(KeptBytes), (nuint)(Width - length))).AsUInt64();
        key = new PackedKey(bytes.ToScalar(), bytes.GetElement(1));
        return true;
    }

    /// <summary>Sixteen bytes from offset 16 - n keep a key's first n characters and clear the rest.</summary>
    private static ReadOnlySpan<byte> KeptBytes =>
    [
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>The low byte of each of sixteen characters; one instruction where AVX-512 is at hand.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Narrow(Vector256<ushort> chars) =>
        Avx512BW.VL.IsSupported ? Avx512BW.VL.ConvertToVector128Byte(chars) : Vector128.Narrow(chars.GetLower(), chars.GetUpper());

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
