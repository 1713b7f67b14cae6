using System.Numerics;

namespace Entente.Extraction.Mentions;

/// <summary>
/// A word's key when it is one to fifteen ASCII letters and digits, one byte a character, zero
/// padded to sixteen bytes: two keys are equal exactly when their words are, so the table compares
/// two numbers and never reads characters. Most words of most names have such a key.
/// </summary>
internal readonly record struct PackedKey(ulong Low, ulong High)
{
    /// <summary>The longest key that packs: one less than the reader's sixteen-character block, which must also hold the word's end.</summary>
    public const int MaxLength = 15;

    /// <summary>Packs a key the tokeniser wrote, when it is short and plain ASCII.</summary>
    public static bool TryPack(ReadOnlySpan<char> key, out PackedKey packed)
    {
        packed = default;
        if (key.Length is 0 or > MaxLength)
            return false;
        Span<byte> bytes = stackalloc byte[16];
        bytes.Clear();
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (!((uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9))
                return false;
            bytes[i] = (byte)c;
        }
        packed = new PackedKey(BitConverter.ToUInt64(bytes), BitConverter.ToUInt64(bytes[8..]));
        return true;
    }

    /// <summary>Where the key starts looking in a table of 2^(64 - <paramref name="shift"/>) slots.</summary>
    public int Home(int shift) => (int)(((Low ^ BitOperations.RotateLeft(High, 29)) * 0x9E3779B97F4A7C15) >> shift);
}
