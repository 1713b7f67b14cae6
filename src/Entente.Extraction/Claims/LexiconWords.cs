using System.Collections.Concurrent;

namespace Entente.Extraction.Claims;

/// <summary>
/// Numbers every word that some lexicon phrase or closed word class holds, so that readers test a
/// word by its number instead of hashing its text again and again. Words of running text that no
/// lexicon holds get 0. The version grows whenever new words are numbered: a word numbered before
/// that cannot know them, and the sets fall back to its text (see <see cref="WordSet"/>).
/// </summary>
internal static class LexiconWords
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly Lock Numbering = new();
    private static int _version = 1;

    public static int Version => Volatile.Read(ref _version);

    public static int Register(string lower)
    {
        if (Ids.TryGetValue(lower, out var id))
            return id;
        lock (Numbering)
        {
            if (Ids.TryGetValue(lower, out id))
                return id;
            id = Ids.Count + 1;
            Ids[lower] = id;
            Interlocked.Increment(ref _version);
            return id;
        }
    }

    public static int Find(string lower) => Ids.TryGetValue(lower, out var id) ? id : 0;
}

/// <summary>A closed class of lowercase words ("but", "however", …) tested by word number.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly bool[] _byId;
    private readonly int _since;

    public WordSet(params string[] words)
    {
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        var ids = words.Select(LexiconWords.Register).ToList();
        _since = LexiconWords.Version;
        _byId = new bool[ids.Max() + 1];
        foreach (var id in ids)
            _byId[id] = true;
    }

    public bool Contains(in Word word) =>
        word.NumberedAt >= _since ? (uint)word.Id < (uint)_byId.Length && _byId[word.Id] : _words.Contains(word.Lower);

    public bool Contains(string lower) => _words.Contains(lower);
}
