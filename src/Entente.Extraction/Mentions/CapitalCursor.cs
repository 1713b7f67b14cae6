using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Entente.Extraction.Mentions;

/// <summary>
/// Walks the characters that can start a name: the capitals A–Z and anything outside ASCII (a
/// capital with a diacritic, a letter of a caseless script, a curly apostrophe the scan then drops).
/// </summary>
/// <remarks>
/// The text is tested sixty-four characters at a time into a bit mask that is kept between calls,
/// so the next capital of a block costs a bit scan, not a fresh search: in news text a capital comes
/// every twenty-odd characters, and a search call per capital cost more than the test itself. A
/// block that wide also spares most of the loop's turns, and their mispredicted exits, over
/// lower-case prose.
/// </remarks>
internal ref struct CapitalCursor(ReadOnlySpan<char> text)
{
    private const int Width = 64;
    private const int Part = 16;

    private readonly ReadOnlySpan<char> _text = text;
    private readonly ReadOnlySpan<ushort> _units = MemoryMarshal.Cast<char, ushort>(text);
    private int _block = int.MinValue / 2; // where the block in _mask starts; none loaded yet
    private ulong _mask;

    /// <summary>The first such character at or after <paramref name="from"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int from)
    {
        while (true)
        {
            var offset = from - _block;
            if ((uint)offset >= Width)
            {
                if (from >= _text.Length)
                    return -1;
                Load(from);
                offset = from - _block;
            }
            var mask = _mask & (ulong.MaxValue << offset);
            if (mask != 0)
                return _block + BitOperations.TrailingZeroCount(mask);
            from = _block + Width;
        }
    }

    /// <summary>Tests the block that starts at <paramref name="from"/>, or the text's last block when fewer characters are left.</summary>
    private void Load(int from)
    {
        if (_text.Length < Width)
        {
            _block = 0;
            _mask = 0;
            for (var i = 0; i < _text.Length; i++)
                _mask |= CanStart(_text[i]) ? 1UL << i : 0;
            return;
        }
        _block = Math.Min(from, _text.Length - Width);
        ref var first = ref MemoryMarshal.GetReference(_units);
        _mask = Test(ref first, _block) | Test(ref first, _block + Part) << Part
            | Test(ref first, _block + 2 * Part) << (2 * Part) | Test(ref first, _block + 3 * Part) << (3 * Part);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Test(ref ushort first, int at)
    {
        var chars = Vector256.LoadUnsafe(ref first, (nuint)at);
        var capitals = Vector256.LessThan(chars - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26));
        var wide = Vector256.GreaterThan(chars, Vector256.Create((ushort)0x7F));
        return (capitals | wide).ExtractMostSignificantBits();
    }

    private static bool CanStart(char c) => (uint)(c - 'A') < 26 || c > 0x7F;
}
