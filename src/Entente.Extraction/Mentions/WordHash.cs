using System.Numerics;
using System.Runtime.InteropServices;

namespace Entente.Extraction.Mentions;

/// <summary>
/// The hash of a word's key for <see cref="WordTable"/>: the key read as 64-bit chunks of four
/// characters (the last one padded with zeros), each rotated by its place and combined, then
/// multiplied into 32 bits.
/// </summary>
internal static class WordHash
{
    private const ulong Spread = 0x9E3779B97F4A7C15;

    public static uint Of(ReadOnlySpan<char> key)
    {
        var chunks = MemoryMarshal.Cast<char, ulong>(key);
        var x = 0UL;
        for (var k = 0; k < chunks.Length; k++)
            x ^= Place(chunks[k], k);
        var rest = key.Length % 4;
        if (rest > 0)
        {
            var tail = 0UL;
            for (var i = 0; i < rest; i++)
                tail |= (ulong)key[key.Length - rest + i] << (16 * i);
            x ^= Place(tail, chunks.Length);
        }
        return Finish(x);
    }

    /// <summary>A chunk rotated by its place in the key, so "abcdefgh" and "efghabcd" differ.</summary>
    public static ulong Place(ulong chunk, int index) => BitOperations.RotateLeft(chunk, (index * 17) & 63);

    public static uint Finish(ulong combined) => (uint)((combined * Spread) >> 32);

    public static uint Mix(uint hash) => hash ^ (hash >> 15);
}
