namespace Entente.Extraction.Claims;

/// <summary>Phrases (word sequences) looked up by their first word; the longest phrase at a place wins.</summary>
public sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public PhraseTable(IEnumerable<(string[] Words, T Value)> phrases)
    {
        foreach (var (words, value) in phrases)
        {
            if (words.Length == 0)
                continue;
            if (!_byFirst.TryGetValue(words[0], out var list))
                _byFirst[words[0]] = list = [];
            list.Add((words, value));
        }
        foreach (var list in _byFirst.Values)
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The longest phrase starting at <paramref name="index"/>, and how many words it takes.</summary>
    public bool TryMatch(IReadOnlyList<Word> words, int index, out T value, out int length)
    {
        value = default!;
        length = 0;
        if (!_byFirst.TryGetValue(words[index].Lower, out var candidates))
            return false;
        foreach (var (phrase, v) in candidates)
        {
            if (index + phrase.Length > words.Count)
                continue;
            var all = true;
            for (var k = 1; k < phrase.Length && all; k++)
                all = words[index + k].Lower == phrase[k];
            if (all)
            {
                value = v;
                length = phrase.Length;
                return true;
            }
        }
        return false;
    }

    /// <summary>Every non-overlapping match in [from, to), left to right.</summary>
    public IEnumerable<(int Index, int Length, T Value)> FindAll(IReadOnlyList<Word> words, int from = 0, int to = int.MaxValue)
    {
        var end = Math.Min(to, words.Count);
        for (var i = Math.Max(0, from); i < end; i++)
        {
            if (TryMatch(words, i, out var value, out var length))
            {
                yield return (i, length, value);
                i += length - 1;
            }
        }
    }
}
