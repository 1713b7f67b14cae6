namespace Entente.Extraction.Mentions;

/// <summary>
/// The words of the names, each with its id, in an open-addressing table probed by a span: the scan
/// looks up every capitalised word of every document, and a short FNV hash of the key (computed by the tokeniser as it writes the key) with linear
/// probing costs a fraction of a general dictionary's lookup. Frozen once built.
/// </summary>
internal sealed class WordTable
{
    private readonly Slot[] _slots;
    private readonly char[] _chars;
    private readonly int _mask;

    public WordTable(IReadOnlyDictionary<string, int> ids)
    {
        var capacity = 16;
        while (capacity < ids.Count * 4)
            capacity <<= 1; // at most a quarter full: probes stay short, misses end at an empty slot fast
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _chars = new char[ids.Keys.Sum(k => k.Length)];
        var used = 0;
        foreach (var (key, id) in ids)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            key.CopyTo(_chars.AsSpan(used));
            var hash = WordHash.Mix(WordHash.Of(key));
            var i = (int)hash & _mask;
            while (_slots[i].Length != 0)
                i = (i + 1) & _mask;
            _slots[i] = new Slot(hash, id, used, key.Length);
            used += key.Length;
        }
    }

    /// <summary>The id of <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key) => Find(key, WordHash.Of(key));

    /// <summary>The id of <paramref name="key"/>, whose <see cref="WordHash"/> the tokeniser computed, or -1.</summary>
    public int Find(ReadOnlySpan<char> key, uint hash)
    {
        hash = WordHash.Mix(hash);
        var i = (int)hash & _mask;
        while (true)
        {
            ref readonly var slot = ref _slots[i];
            if (slot.Length == 0)
                return -1;
            if (slot.Hash == hash && slot.Length == key.Length && key.SequenceEqual(_chars.AsSpan(slot.Start, slot.Length)))
                return slot.Id;
            i = (i + 1) & _mask;
        }
    }

    /// <summary>An empty slot has length 0: no word is empty.</summary>
    private readonly record struct Slot(uint Hash, int Id, int Start, int Length);
}
