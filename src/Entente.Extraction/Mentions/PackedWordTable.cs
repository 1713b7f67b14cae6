using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Entente.Extraction.Mentions;

/// <summary>
/// The words of the names that have a <see cref="PackedKey"/>, in an open-addressing table. Each
/// word's entry holds all the scan needs to settle the usual mention: its id, the trie node it
/// anchors and, for that node, which letters a longer name can go on with and whether one plain
/// name ends there; where a table of ids would send the scan on through three more arrays, one load
/// waiting for the other.
/// </summary>
/// <remarks>
/// The probe reads only the keys' first eight characters, one number a slot; the rest is checked in
/// the entry found. Probing runs forward without wrapping (the table has room past its last home),
/// and <see cref="Find"/> reads a word's home and the slot after it at once. The table is kept at
/// most a quarter full (an eighth with the bundled names), so that a word's home nearly always
/// settles it: on the benchmark corpus that paid more than a table half the size (128 KB of keys
/// against 64 KB) that stays nearer in the cache. A word no name has gets a reserved empty entry
/// that anchors nothing.
/// </remarks>
internal sealed class PackedWordTable
{
    /// <summary>Room after the last home for the runs that start near it.</summary>
    private const int Overflow = 64;

    private readonly ulong[] _lows;
    private readonly Entry[] _entries;
    private readonly NameCandidate?[] _plainNames;
    private readonly int _shift;

    public PackedWordTable(IReadOnlyList<(PackedKey Key, Entry Entry, NameCandidate? PlainName)> words)
    {
        var homes = 16;
        while (homes < words.Count * 4)
            homes <<= 1;
        while (!TryFill(words, homes, out _lows, out _entries, out _plainNames))
            homes <<= 1; // a run of full slots reached the end: twice the homes spread them out
        _shift = 64 - BitOperations.Log2((uint)homes);
    }

    /// <summary>The entry of a word no name has: the table's last slot, which always stays empty.</summary>
    public int Missing => _lows.Length - 1;

    private static bool TryFill(IReadOnlyList<(PackedKey Key, Entry Entry, NameCandidate? PlainName)> words, int homes,
        out ulong[] lows, out Entry[] entries, out NameCandidate?[] plainNames)
    {
        lows = new ulong[homes + Overflow];
        entries = new Entry[lows.Length];
        entries.AsSpan().Fill(Entry.None);
        plainNames = new NameCandidate?[lows.Length];
        var shift = 64 - BitOperations.Log2((uint)homes);
        foreach (var (key, entry, plainName) in words)
        {
            var i = key.Home(shift);
            while (lows[i] != 0)
                i++;
            if (i >= lows.Length - 2)
                return false; // the last two slots stay empty: the probe reads two, and the last is Missing
            lows[i] = key.Low;
            entries[i] = entry;
            plainNames[i] = plainName;
        }
        return true;
    }

    /// <summary>The slot of <paramref name="key"/>, or <see cref="Missing"/> when no name has that word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(PackedKey key)
    {
        var i = key.Home(_shift); // below the number of homes, so i + 1 lies inside the table
        ref var home = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_lows), i);
        var atHome = home;
        var next = Unsafe.Add(ref home, 1);
        var missing = Missing;
        var slot = atHome == key.Low ? i : next == key.Low ? i + 1 : missing;
        var settled = slot != missing
            ? Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_entries), slot).High == key.High
            : (atHome == 0) | (next == 0);
        return settled ? slot : FindFurther(key, i);
    }

    private int FindFurther(PackedKey key, int i)
    {
        for (; _lows[i] != 0; i++)
        {
            if (_lows[i] == key.Low && _entries[i].High == key.High)
                return i;
        }
        return Missing;
    }

    /// <summary>The entry of a slot <see cref="Find"/> gave.</summary>
    public ref readonly Entry this[int slot] => ref _entries[slot];

    /// <summary>The one name that ends at the word's root, for a slot whose entry <see cref="Entry.EndsPlainName"/> or <see cref="Entry.EndsExactName"/>.</summary>
    public NameCandidate OnlyName(int slot) => _plainNames[slot]!;

    /// <summary>
    /// One word: the characters of its key after the eighth, its id, the node it anchors (-1: none) and that
    /// node's next-word letters (<see cref="NameTrie.MayGoOn(ulong, char)"/>), with a bit that tells what
    /// ends there when it is simple: one name (no lead words, not shared) under the capitalised rule
    /// (<see cref="PlainNameBit"/>) or in exact capitals that spell no word (<see cref="ExactNameBit"/>), or no name at all.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    internal readonly record struct Entry(ulong High, ulong RootNext, int WordId, int Root)
    {
        /// <summary>Bits <see cref="NameTrie"/> leaves free in its next-word letters.</summary>
        public const ulong PlainNameBit = 1UL << 62, ExactNameBit = 1UL << 61, NoNameBit = 1UL << 60;

        private const ulong Kinds = PlainNameBit | ExactNameBit | NoNameBit;

        /// <summary>The entry of a word that no name has.</summary>
        public static readonly Entry None = new(0, 0, -1, -1);

        /// <summary>One name ends at the root, which counts when its anchor is capitalised ("Iran").</summary>
        public bool EndsPlainName => (RootNext & PlainNameBit) != 0;

        /// <summary>One name ends at the root, which counts only in its exact capitals ("NATO", "EU").</summary>
        public bool EndsExactName => (RootNext & ExactNameBit) != 0;

        /// <summary>No name ends at the root: the word only starts longer ones ("United").</summary>
        public bool EndsNoName => (RootNext & NoNameBit) != 0;

        /// <summary>The letters a longer name can go on with from the root, without the flags.</summary>
        public ulong NextStarts => RootNext & ~Kinds;
    }
}
