namespace Entente.Extraction.Claims;

/// <summary>
/// Phrases (word sequences) looked up by the number of their first word; the longest phrase at a place
/// wins. Words of running text that no lexicon holds are rejected by one array read.
/// </summary>
public sealed class PhraseTable<T>
{
    private readonly (int[] Ids, string[] Words, T Value)[]?[] _byFirst;
    private readonly Dictionary<string, (int[] Ids, string[] Words, T Value)[]> _byFirstText = new(StringComparer.Ordinal);
    private readonly int _since;

    public PhraseTable(IEnumerable<(string[] Words, T Value)> phrases)
    {
        var entries = phrases.Where(p => p.Words.Length > 0)
            .Select(p => (Ids: p.Words.Select(LexiconWords.Register).ToArray(), p.Words, p.Value))
            .ToList();
        _since = LexiconWords.Version;
        _byFirst = new (int[], string[], T)[]?[entries.Count == 0 ? 1 : entries.Max(e => e.Ids[0]) + 1];
        foreach (var group in entries.GroupBy(e => e.Ids[0]))
        {
            var longestFirst = group.OrderByDescending(e => e.Ids.Length).ToArray();
            _byFirst[group.Key] = longestFirst;
            _byFirstText[longestFirst[0].Words[0]] = longestFirst;
        }
    }

    /// <summary>The longest phrase starting at <paramref name="index"/>, and how many words it takes.</summary>
    public bool TryMatch(IReadOnlyList<Word> words, int index, out T value, out int length)
    {
        value = default!;
        length = 0;
        var first = words[index];
        var candidates = first.NumberedAt >= _since
            ? (uint)first.Id < (uint)_byFirst.Length ? _byFirst[first.Id] : null
            : _byFirstText.GetValueOrDefault(first.Lower);
        if (candidates is null)
            return false;
        foreach (var (ids, phrase, v) in candidates)
        {
            if (index + ids.Length > words.Count)
                continue;
            var all = true;
            for (var k = 1; k < ids.Length && all; k++)
            {
                var word = words[index + k];
                all = word.NumberedAt >= _since ? word.Id == ids[k] : word.Lower == phrase[k];
            }
            if (all)
            {
                value = v;
                length = ids.Length;
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether any phrase occurs in [from, to).</summary>
    public bool Any(IReadOnlyList<Word> words, int from = 0, int to = int.MaxValue)
    {
        var end = Math.Min(to, words.Count);
        for (var i = Math.Max(0, from); i < end; i++)
        {
            if (TryMatch(words, i, out _, out _))
                return true;
        }
        return false;
    }

    /// <summary>Every non-overlapping match in [from, to), left to right.</summary>
    public List<(int Index, int Length, T Value)> FindAll(IReadOnlyList<Word> words, int from = 0, int to = int.MaxValue)
    {
        var found = new List<(int Index, int Length, T Value)>();
        var end = Math.Min(to, words.Count);
        for (var i = Math.Max(0, from); i < end; i++)
        {
            if (TryMatch(words, i, out var value, out var length))
            {
                found.Add((i, length, value));
                i += length - 1;
            }
        }
        return found;
    }
}
