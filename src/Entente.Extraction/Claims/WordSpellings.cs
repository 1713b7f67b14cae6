using System.Globalization;

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
    private const int Slots = 1 << 14;
    private const int Probes = 8;

    [ThreadStatic]
    private static WordSpellings? _current;

    private readonly Spelling?[] _entries = new Spelling?[Slots];
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

    /// <summary>Where a hash starts: <see cref="Words"/> hashes a word's letters as it reads them, with <see cref="Step"/>.</summary>
    public const uint Seed = 2166136261u;

    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619u;

    /// <summary>The word at <paramref name="start"/>; <paramref name="hash"/> is its spelling's, made with <see cref="Step"/> from <see cref="Seed"/>.</summary>
    public Word Word(int start, ReadOnlySpan<char> spelling, uint hash)
    {
        var known = Find(spelling, Slot(hash)) ?? Add(spelling.ToString());
        return new Word(start, known, _version);
    }

    /// <summary>
    /// A one-character word such as "," or "(": these are a fifth of all words, so each is kept in a small
    /// array of its own, filled from the table (so the instances are the table's).
    /// </summary>
    public Word Single(int start, char c)
    {
        if (c >= SingleLimit)
            return Word(start, [c], Step(Seed, c));
        ref var known = ref _singles[c];
        if (known is null)
        {
            ReadOnlySpan<char> spelling = [c];
            known = Find(spelling, Slot(Step(Seed, c))) ?? Add(spelling.ToString());
        }
        return new Word(start, known, _version);
    }

    private const int SingleLimit = 128;

    private readonly Spelling[] _singles = new Spelling[SingleLimit];

    private Spelling? Find(ReadOnlySpan<char> spelling) => Find(spelling, Hash(spelling));

    private Spelling? Find(ReadOnlySpan<char> spelling, int slot)
    {
        for (var probe = 0; probe < Probes; probe++, slot = (slot + 1) & (Slots - 1))
        {
            var entry = _entries[slot];
            if (entry is null)
                return null;
            if (spelling.SequenceEqual(entry.Text))
                return entry;
        }
        return null;
    }

    private Spelling Add(string text)
    {
        var lower = text.Replace('’', '\'').ToLower(CultureInfo.InvariantCulture);
        // Share the lowercase instance with the word written in lowercase, so both compare by reference.
        var spelling = lower == text ? new Spelling(text, text, LexiconWords.Find(text))
            : Find(lower) is { } same ? same with { Text = text }
            : Store(new Spelling(lower, lower, LexiconWords.Find(lower))) with { Text = text };
        return Store(spelling);
    }

    private Spelling Store(Spelling spelling)
    {
        if (_count >= Slots / 4 * 3)
            Clear();
        var slot = Hash(spelling.Text);
        for (var probe = 0; probe < Probes; probe++, slot = (slot + 1) & (Slots - 1))
        {
            if (_entries[slot] is null)
            {
                _entries[slot] = spelling;
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

    private static int Hash(ReadOnlySpan<char> spelling)
    {
        var hash = Seed;
        foreach (var c in spelling)
            hash = Step(hash, c);
        return Slot(hash);
    }

    private static int Slot(uint hash) => (int)((hash ^ (hash >> 15)) & (Slots - 1));
}
