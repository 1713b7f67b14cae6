using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Entente.Extraction.Mentions;

/// <summary>
/// The tokeniser's fast path for the usual word: up to fifteen ASCII letters and digits followed
/// by a space, a comma, a hyphen or other plain ASCII. Sixteen characters are tested at once, so
/// where the word ends, its lower-case key and its <see cref="WordHash"/> come without a loop, and
/// without the mispredicted loop exit that a word of unpredictable length costs. Anything else (an
/// apostrophe, a dot, a diacritic, a long word) is left to <see cref="Tokenizer.Read(ReadOnlySpan{char}, int, Span{char}, out int)"/>.
/// </summary>
internal static class AsciiWordReader
{
    private const int Width = 16;

    /// <summary>
    /// Reads the token at <paramref name="start"/> into <paramref name="key"/> (at least sixteen
    /// long) and returns where it ends, with its key's length and hash.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Read(ReadOnlySpan<char> text, int start, Span<char> key, out int keyLength, out uint hash)
    {
        if (start + Width < text.Length && TryRead(text, start, key, out keyLength, out hash))
            return start + keyLength;
        var end = Tokenizer.Read(text, start, key, out keyLength);
        hash = keyLength > 0 ? WordHash.Of(key[..keyLength]) : 0;
        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryRead(ReadOnlySpan<char> text, int start, Span<char> key, out int length, out uint hash)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var chars = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(units), (nuint)start);
        var lower = chars | Vector256.Create((ushort)0x20); // folds A–Z, leaves digits as they are
        var letters = Vector256.LessThan(lower - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
        var digits = Vector256.LessThan(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
        var others = ~(letters | digits).ExtractMostSignificantBits();
        length = BitOperations.TrailingZeroCount(others); // the terminator is inside the block: start + Width < text.Length
        var stop = text[start + length];
        if (length == 0 || length == Width || stop >= 0x80 || stop is '\'' or '`' or '.')
        {
            hash = 0;
            return false;
        }
        var word = Vector256.ConditionalSelect(Vector256.LessThan(Vector256<ushort>.Indices, Vector256.Create((ushort)length)), lower, Vector256<ushort>.Zero);
        word.StoreUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(key)));
        var chunks = word.AsUInt64();
        hash = WordHash.Finish(chunks.GetElement(0) ^ WordHash.Place(chunks.GetElement(1), 1)
            ^ WordHash.Place(chunks.GetElement(2), 2) ^ WordHash.Place(chunks.GetElement(3), 3));
        return true;
    }
}
