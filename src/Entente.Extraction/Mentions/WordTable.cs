namespace Entente.Extraction.Mentions;

/// <summary>
/// The words of the names, each with its id, in an open-addressing table probed by a span: the scan
/// looks up every capitalised word of every document. A short FNV hash of the key (computed by the
/// tokeniser as it writes the key) and linear probing over slots of eight bytes, small enough to
/// stay in the processor's cache, cost a fraction of a general dictionary's lookup. The characters
/// are compared only when the hashes agree. Frozen once built.
/// </summary>
internal sealed class WordTable
{
    private readonly Slot[] _slots;
    private readonly (int Start, int Length)[] _spans;
    private readonly char[] _chars;
    private readonly int _mask;

    public WordTable(IReadOnlyDictionary<string, int> ids)
    {
        var capacity = 16;
        while (capacity < ids.Count * 2)
            capacity <<= 1; // at most half full: probes stay short, misses end at an empty slot fast
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _spans = new (int, int)[ids.Count];
        _chars = new char[ids.Keys.Sum(k => k.Length)];
        var used = 0;
        foreach (var (key, id) in ids)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            if ((uint)id >= (uint)ids.Count)
                throw new ArgumentException($"Word ids must run from 0 to {ids.Count - 1}; \"{key}\" has {id}.", nameof(ids));
            key.CopyTo(_chars.AsSpan(used));
            _spans[id] = (used, key.Length);
            used += key.Length;
            var hash = WordHash.Mix(WordHash.Of(key));
            var i = (int)hash & _mask;
            while (_slots[i].IdPlusOne != 0)
                i = (i + 1) & _mask;
            _slots[i] = new Slot(hash, id + 1);
        }
    }

    /// <summary>The id of <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        var hash = WordHash.Mix(WordHash.Of(key));
        var i = (int)hash & _mask;
        while (true)
        {
            var slot = _slots[i];
            if (slot.IdPlusOne == 0)
                return -1;
            if (slot.Hash == hash)
            {
                var (start, length) = _spans[slot.IdPlusOne - 1];
                if (key.SequenceEqual(_chars.AsSpan(start, length)))
                    return slot.IdPlusOne - 1;
            }
            i = (i + 1) & _mask;
        }
    }

    /// <summary>An empty slot holds 0: ids are stored plus one.</summary>
    private readonly record struct Slot(uint Hash, int IdPlusOne);
}
