using System.Runtime.InteropServices;

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
    private readonly int _longest;
    // "members besides * are": a "*" after a phrase's first word stands for any one word.
    private readonly int _anyWord = LexiconWords.Register("*");
    // For each first word, a bit (number mod 64) for every second word its phrases go on with; all bits when one of
    // them is a single word or goes on with "*". Most first words ("to", "has", "signed") go on with a handful of
    // words, so the word after them rules all their phrases out at once, without trying them one by one.
    private readonly ulong[] _secondBits;
    // For each first word, a bit for every third word of its phrases that go on with "*" (and are three words or more):
    // those are left out of the second word's bits, so "the" and "a" ("the * branch of") no longer let every word after
    // them through, and the word after the "*" rules those phrases out in turn. All bits when a third word is "*" too.
    private readonly ulong[] _thirdBits;

    public PhraseTable(IEnumerable<(string[] Words, T Value)> phrases)
    {
        var entries = phrases.Where(p => p.Words.Length > 0)
            .Select(p => (Ids: p.Words.Select(LexiconWords.Register).ToArray(), p.Words, p.Value))
            .ToList();
        _since = LexiconWords.Version;
        _longest = entries.Count == 0 ? 0 : entries.Max(e => e.Ids.Length);
        _byFirst = new (int[], string[], T)[]?[entries.Count == 0 ? 1 : entries.Max(e => e.Ids[0]) + 1];
        _secondBits = new ulong[_byFirst.Length];
        _thirdBits = new ulong[_byFirst.Length];
        foreach (var group in entries.GroupBy(e => e.Ids[0]))
        {
            var longestFirst = group.OrderByDescending(e => e.Ids.Length).ToArray();
            _byFirst[group.Key] = longestFirst;
            _byFirstText[longestFirst[0].Words[0]] = longestFirst;
            foreach (var (ids, _, _) in longestFirst)
            {
                if (ids.Length >= 3 && ids[1] == _anyWord)
                    _thirdBits[group.Key] |= ids[2] == _anyWord ? ulong.MaxValue : SecondBit(ids[2]);
                else
                    _secondBits[group.Key] |= ids.Length == 1 || ids[1] == _anyWord ? ulong.MaxValue : SecondBit(ids[1]);
            }
        }
    }

    /// <summary>The longest phrase starting at <paramref name="index"/>, and how many words it takes.</summary>
    public bool TryMatch(IReadOnlyList<Word> words, int index, out T value, out int length)
    {
        if (words is List<Word> list)
            return TryMatch(CollectionsMarshal.AsSpan(list), index, out value, out length);
        // Any other list: only the words a phrase can reach matter.
        _ = words[index];
        var reach = new Word[Math.Min(Math.Max(1, _longest), words.Count - index)];
        for (var k = 0; k < reach.Length; k++)
            reach[k] = words[index + k];
        return TryMatch(reach, 0, out value, out length);
    }

    private bool TryMatch(ReadOnlySpan<Word> words, int index, out T value, out int length)
    {
        value = default!;
        length = 0;
        ref readonly var first = ref words[index];
        var candidates = first.NumberedAt >= _since
            ? (uint)first.Id < (uint)_byFirst.Length ? _byFirst[first.Id] : null
            : _byFirstText.GetValueOrDefault(first.Lower);
        if (candidates is null)
            return false;
        // Told by number only: a word numbered before the table's words is compared by its text below.
        if (index + 1 < words.Length && first.NumberedAt >= _since)
        {
            ref readonly var second = ref words[index + 1];
            if (second.NumberedAt >= _since && !IsQuote(second) && (_secondBits[first.Id] & SecondBit(second.Id)) == 0 && !ThirdMayMatch(words, index, first.Id))
                return false;
        }
        foreach (var (ids, phrase, v) in candidates)
        {
            if (index + ids.Length > words.Length)
                continue;
            var all = true;
            var at = index;
            for (var k = 1; k < ids.Length && all; k++)
            {
                at++;
                // "reiterated his “full support” for Haftar": a quotation mark inside a phrase does not break it.
                while (at < words.Length - 1 && IsQuote(words[at]))
                    at++;
                // Quotation marks may carry a longer phrase past the words' end; a shorter one may still match.
                if (at >= words.Length)
                {
                    all = false;
                    break;
                }
                ref readonly var word = ref words[at];
                all = ids[k] == _anyWord || (word.NumberedAt >= _since ? word.Id == ids[k] : word.Lower == phrase[k]);
            }
            if (all)
            {
                value = v;
                length = at - index + 1;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a phrase going on with "*" may match at <paramref name="index"/>, its second word being no quotation mark (the
    /// loop below then reads the third word right after it): false where no such phrase fits or the third word is none of theirs.
    /// </summary>
    private bool ThirdMayMatch(ReadOnlySpan<Word> words, int index, int firstId)
    {
        var bits = _thirdBits[firstId];
        if (bits == 0 || index + 2 >= words.Length)
            return false;
        ref readonly var third = ref words[index + 2];
        return third.NumberedAt < _since || IsQuote(third) || (bits & SecondBit(third.Id)) != 0;
    }

    private static bool IsQuote(in Word word) => word.Lower.Length == 1 && word.Lower[0] is '"' or '“' or '”' or '«' or '»';

    private static ulong SecondBit(int id) => 1UL << (id & 63);

    /// <summary>
    /// False for a word numbered since the table that no phrase starts with, as <see cref="TryMatch(ReadOnlySpan{Word}, int, out T, out int)"/>
    /// would find: told in the scanning loop, which then calls TryMatch only for the few words that may start a phrase.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool MayStart(in Word word) =>
        word.NumberedAt < _since || ((uint)word.Id < (uint)_byFirst.Length && _byFirst[word.Id] is not null);

    /// <summary>Whether any phrase occurs in [from, to).</summary>
    public bool Any(IReadOnlyList<Word> words, int from = 0, int to = int.MaxValue)
    {
        var all = Span(words);
        var end = Math.Min(to, all.Length);
        for (var i = Math.Max(0, from); i < end; i++)
        {
            if (MayStart(all[i]) && TryMatch(all, i, out _, out _))
                return true;
        }
        return false;
    }

    /// <summary>Every non-overlapping match in [from, to), left to right.</summary>
    public List<(int Index, int Length, T Value)> FindAll(IReadOnlyList<Word> words, int from = 0, int to = int.MaxValue) =>
        FindAll(words, new List<(int Index, int Length, T Value)>(), from, to);

    /// <summary>Adds every non-overlapping match in [from, to), left to right, to <paramref name="found"/>; gives it back.</summary>
    public List<(int Index, int Length, T Value)> FindAll(IReadOnlyList<Word> words, List<(int Index, int Length, T Value)> found, int from = 0, int to = int.MaxValue)
    {
        var all = Span(words);
        var end = Math.Min(to, all.Length);
        for (var i = Math.Max(0, from); i < end; i++)
        {
            if (MayStart(all[i]) && TryMatch(all, i, out var value, out var length))
            {
                found.Add((i, length, value));
                i += length - 1;
            }
        }
        return found;
    }

    // The words a unit is split into are a List; read them in place rather than through the interface.
    private static ReadOnlySpan<Word> Span(IReadOnlyList<Word> words) =>
        words is List<Word> list ? CollectionsMarshal.AsSpan(list) : words.ToArray();
}
