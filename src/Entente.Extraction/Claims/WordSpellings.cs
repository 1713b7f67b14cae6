using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Entente.Extraction.Claims;

/// <summary>
/// The strings of the words seen so far, so that splitting a unit allocates no string for a word met
/// before, and lowercase forms are shared instances (equal words then compare by reference). One cache
/// per thread: an open-addressing table with a cheap hash, since this lookup runs for every word of
/// every sentence. It starts afresh when three quarters full, so odd text cannot make it grow.
/// </summary>
internal sealed class WordSpellings
{
    // A few thousand spellings fill a corpus' running text; the table stays small enough to stay in the cache.
    private const int SlotBits = 14;
    private const int Slots = 1 << SlotBits;
    private const int Probes = 8;

    [ThreadStatic]
    private static WordSpellings? _current;

    private readonly Entry[] _entries = new Entry[Slots];

    /// <summary>
    /// A slot: the spelling, and for one of up to eight ASCII characters its bytes and number too, so that the usual
    /// word is matched and made from the slot alone, without reading the spelling and its string from elsewhere in memory.
    /// </summary>
    private struct Entry
    {
        public Spelling? Spelling;
        public ulong Key;
        public int Length; // of the spelling that Key holds; -1 when it holds none
        public int Id;
    }

    private const int KeyLength = 8;
    private int _count;
    private int _version;

    /// <summary>This thread's cache, emptied when the lexicons numbered new words since it was filled.</summary>
    public static WordSpellings ForThisThread
    {
        get
        {
            var spellings = _current ??= new WordSpellings();
            var version = LexiconWords.Version;
            if (spellings._version != version)
            {
                spellings.Clear();
                spellings._version = version;
            }
            return spellings;
        }
    }

    /// <summary>How many characters the hash takes at once: <see cref="Words"/> reads most words in one such block.</summary>
    public const int Block = 16;

    /// <summary>
    /// The hash of a spelling: each block of sixteen characters, zero-padded, folded by four multiplications
    /// that do not wait on one another (a hash made letter by letter waits on each letter).
    /// </summary>
    public static ulong Hash(ReadOnlySpan<char> spelling)
    {
        if (TryKey(spelling, out var key))
            return HashOfKey(key);
        Span<ushort> block = stackalloc ushort[Block];
        var hash = 0UL;
        for (var at = 0; at < spelling.Length; at += Block)
        {
            block.Clear();
            MemoryMarshal.Cast<char, ushort>(spelling.Slice(at, Math.Min(Block, spelling.Length - at))).CopyTo(block);
            hash = hash * K3 + Fold(Vector256.Create<ushort>(block));
        }
        return hash ^ (ulong)spelling.Length;
    }

    /// <summary>
    /// The hash of a spelling of up to <see cref="KeyLength"/> ASCII characters, most words, from its bytes as
    /// <see cref="TryKey"/> packs them: one multiplication (its top bits, which pick the slot, mix every byte).
    /// Spellings that share a key (a zero character) are told apart by the length kept with it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong HashOfKey(ulong key) => key * K0;

    /// <summary>The hash of a spelling of at most <see cref="Block"/> characters, given as a block zero-padded past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong HashOfBlock(Vector256<ushort> block, int length) => Fold(block) ^ (ulong)length;

    private const ulong K0 = 0x9E3779B97F4A7C15, K1 = 0xC2B2AE3D27D4EB4F, K2 = 0x165667B19E3779F9, K3 = 0xD6E8FEB86659FD93;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fold(Vector256<ushort> block)
    {
        var q = block.AsUInt64();
        return (q.GetElement(0) * K0) ^ (q.GetElement(1) * K1) ^ (q.GetElement(2) * K2) ^ (q.GetElement(3) * K3);
    }

    /// <summary>The word at <paramref name="start"/>; <paramref name="hash"/> is its spelling's <see cref="Hash"/>.</summary>
    public Word Word(int start, ReadOnlySpan<char> spelling, ulong hash)
    {
        var known = Find(spelling, Slot(hash)) ?? Add(spelling.ToString());
        return new Word(start, known, _version);
    }

    /// <summary>
    /// The word of ASCII letters and digits at <paramref name="start"/>, given also as a block zero-padded past its
    /// <paramref name="length"/> characters (at most <see cref="Block"/>), as <see cref="Words"/> reads it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Word Ascii(int start, ReadOnlySpan<char> spelling, Vector256<ushort> block, int length)
    {
        if (length > KeyLength)
            return new Word(start, Find(spelling, Slot(HashOfBlock(block, length))) ?? Add(spelling.ToString()), _version);
        var key = Narrow(block).AsUInt64().ToScalar();
        var slot = Slot(HashOfKey(key));
        for (var probe = 0; probe < Probes; probe++, slot = (slot + 1) & (Slots - 1))
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Spelling is null)
                break;
            if (entry.Key == key && entry.Length == length)
                return new Word(start, entry.Spelling, entry.Id, _version);
        }
        return new Word(start, Add(spelling.ToString()), _version);
    }

    /// <summary>The low byte of each of sixteen characters; one instruction where AVX-512 is at hand.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Narrow(Vector256<ushort> chars) =>
        Avx512BW.VL.IsSupported ? Avx512BW.VL.ConvertToVector128Byte(chars) : Vector128.Narrow(chars.GetLower(), chars.GetUpper());

    /// <summary>The bytes of a spelling of up to <see cref="KeyLength"/> ASCII characters, as <see cref="Ascii"/> packs them; false for any other.</summary>
    private static bool TryKey(ReadOnlySpan<char> text, out ulong key)
    {
        key = 0;
        if (text.Length > KeyLength)
            return false;
        for (var k = 0; k < text.Length; k++)
        {
            if (text[k] >= 128)
                return false;
            key |= (ulong)text[k] << (8 * k);
        }
        return true;
    }

    /// <summary>
    /// A one-character word such as "," or "(": these are a fifth of all words, so each is kept in a small
    /// array of its own, filled from the table (so the instances are the table's).
    /// </summary>
    public Word Single(int start, char c)
    {
        if (c >= SingleLimit)
            return Word(start, [c], Hash([c]));
        ref var known = ref _singles[c];
        if (known is null)
        {
            ReadOnlySpan<char> spelling = [c];
            known = Find(spelling, Slot(Hash(spelling))) ?? Add(spelling.ToString());
        }
        return new Word(start, known, _version);
    }

    private const int SingleLimit = 128;

    private readonly Spelling[] _singles = new Spelling[SingleLimit];

    private Spelling? Find(ReadOnlySpan<char> spelling) => Find(spelling, Slot(Hash(spelling)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Spelling? Find(ReadOnlySpan<char> spelling, int slot)
    {
        for (var probe = 0; probe < Probes; probe++, slot = (slot + 1) & (Slots - 1))
        {
            var entry = _entries[slot].Spelling;
            if (entry is null)
                return null;
            if (spelling.SequenceEqual(entry.Text))
                return entry;
        }
        return null;
    }

    private Spelling Add(string text)
    {
        var lower = StraightApostrophes(text).ToLower(CultureInfo.InvariantCulture);
        // Share the lowercase instance with the word written in lowercase, so both compare by reference.
        if (lower == text)
            return Store(new Spelling(text, text, LexiconWords.Find(text)));
        // Made anew rather than copied with another text: a spelling's capital is read from its own text.
        var same = Find(lower) ?? Store(new Spelling(lower, lower, LexiconWords.Find(lower)));
        return Store(new Spelling(text, same.Lower, same.Id));
    }

    /// <summary>Every apostrophe <see cref="Words.IsApostrophe"/> knows, written straight ("Iran’s" → "iran's").</summary>
    private static string StraightApostrophes(string text) =>
        text.AsSpan().IndexOfAny("’‘ʼ′") < 0 ? text : text.Replace('’', '\'').Replace('‘', '\'').Replace('ʼ', '\'').Replace('′', '\'');

    private Spelling Store(Spelling spelling)
    {
        if (_count >= Slots / 4 * 3)
            Clear();
        var slot = Slot(Hash(spelling.Text));
        for (var probe = 0; probe < Probes; probe++, slot = (slot + 1) & (Slots - 1))
        {
            if (_entries[slot].Spelling is null)
            {
                var keyed = TryKey(spelling.Text, out var key);
                _entries[slot] = new Entry { Spelling = spelling, Key = key, Length = keyed ? spelling.Text.Length : -1, Id = spelling.Id };
                _count++;
                return spelling;
            }
        }
        return spelling;
    }

    private void Clear()
    {
        Array.Clear(_entries);
        Array.Clear(_singles);
        _count = 0;
    }

    // The top bits: those the multiplications mix best.
    private static int Slot(ulong hash) => (int)(hash >> (64 - SlotBits));
}
