using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Entente.Extraction.Mentions;

/// <summary>
/// The words of the names that have a <see cref="PackedKey"/>, in an open-addressing table whose
/// slot holds, beside the key, all the scan needs to settle the usual mention: the word's id, the
/// trie node it anchors and, for that node, which letters a longer name can go on with and whether
/// one plain name ends there. One probe of one cache line answers a capitalised word, where a table
/// of ids would send the scan on through three more arrays, one load waiting for the other.
/// </summary>
internal sealed class PackedWordTable
{
    private readonly Slot[] _slots;
    private readonly NameCandidate?[] _plainNames;
    private readonly int _mask;
    private readonly int _shift;

    public PackedWordTable(IReadOnlyList<(PackedKey Key, Slot Slot, NameCandidate? PlainName)> words)
    {
        var capacity = 16;
        while (capacity < words.Count * 2)
            capacity <<= 1; // at most half full: a miss ends at an empty slot after a probe or two
        _slots = new Slot[capacity];
        _plainNames = new NameCandidate?[capacity];
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        foreach (var (key, slot, plainName) in words)
        {
            var i = key.Home(_shift);
            while (!_slots[i].IsEmpty)
                i = (i + 1) & _mask;
            _slots[i] = slot;
            _plainNames[i] = plainName;
        }
    }

    /// <summary>The slot of <paramref name="key"/>, or -1 when no name has that word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(PackedKey key)
    {
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var i = key.Home(_shift);
        while (true)
        {
            ref var slot = ref Unsafe.Add(ref slots, i); // i is masked to the table
            if (slot.Low == key.Low && slot.High == key.High)
                return i;
            if (slot.IsEmpty)
                return -1;
            i = (i + 1) & _mask;
        }
    }

    /// <summary>A slot <see cref="Find"/> gave.</summary>
    public ref readonly Slot this[int index] => ref _slots[index];

    /// <summary>The one plain name that ends at the word's root, for a slot whose <see cref="Slot.EndsPlainName"/> is set.</summary>
    public NameCandidate PlainName(int index) => _plainNames[index]!;

    /// <summary>
    /// One word: its key, its id, the node it anchors (-1: none) and that node's next-word letters
    /// (<see cref="NameTrie.MayGoOn"/>), with <see cref="PlainNameBit"/> set when one plain name ends
    /// there (capitalised rule, no lead words, not shared). Thirty-two bytes: half a cache line.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    internal readonly record struct Slot(ulong Low, ulong High, ulong RootNext, int WordId, int Root)
    {
        /// <summary>A bit <see cref="NameTrie"/> leaves free in its next-word letters.</summary>
        public const ulong PlainNameBit = 1UL << 62;

        /// <summary>A real key has a first character, so its low half is never zero.</summary>
        public bool IsEmpty => Low == 0;

        public bool EndsPlainName => (RootNext & PlainNameBit) != 0;

        /// <summary>The letters a longer name can go on with from the root, without the flag.</summary>
        public ulong NextStarts => RootNext & ~PlainNameBit;
    }
}
