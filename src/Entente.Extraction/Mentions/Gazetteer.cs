namespace Entente.Extraction.Mentions;

/// <summary>
/// Finds where actors are named in a text: longest match on word boundaries, possessives and hyphen
/// compounds ("Iran's", "Iranian-backed", "pro-Iranian" → iran, the span on the name alone),
/// demonyms and capital cities as metonyms ("Tehran"), case rules (a name starts with a capital;
/// acronyms and codes count only in their capitals; ISO-2 codes and ids never count), and ambiguous
/// names ("Korea") that name no one. Built once from the actors; immutable, so one instance serves
/// every document on every thread.
/// </summary>
/// <remarks>
/// The text is read once. A vectorised skip jumps from capital to capital (every name must start
/// with one, or with a letter of a caseless script). The usual word, up to fifteen ASCII letters and
/// digits, is read sixteen characters at a time into a 16-byte key (<see cref="AsciiWordReader"/>)
/// and looked up in one table (<see cref="PackedWordTable"/>) whose entry holds what the word
/// anchors: most mentions ("Iran", "NATO") and most words that are no name are settled there. A
/// name of several words goes on through a trie of word ids (<see cref="NameTrie"/>); any other word
/// ("U.S.", "Türkiye") is keyed like <see cref="Resolution.NameKey"/> by the full tokeniser. Lower-case
/// prose is never tokenised and no name is scanned for one by one, so the cost does not grow with
/// the number of names.
/// </remarks>
public sealed partial class Gazetteer
{
    private readonly NameTrie _trie;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _capitalForms;

    private readonly Dictionary<string, string[]> _sharedNames;

    private Gazetteer(NameTrie trie, HashSet<string> capitalForms, IReadOnlyList<GazetteerEntry> entries)
    {
        _trie = trie;
        // Marked ambiguous in the data ("Korea"), or simply written alike by two actors ("Congolese" for both Congos).
        _sharedNames = entries
            .GroupBy(e => Resolution.NameKey.Of(e.Text), StringComparer.Ordinal)
            .Select(g => (g.Key, Ids: g.Select(e => e.ActorId).Distinct(StringComparer.Ordinal).ToArray(), Marked: g.Any(e => e.Kind == NameKind.Ambiguous)))
            .Where(g => g.Marked || g.Ids.Length > 1)
            .ToDictionary(g => g.Key, g => g.Ids, StringComparer.Ordinal);
        _capitalForms = capitalForms.GetAlternateLookup<ReadOnlySpan<char>>();
        Entries = entries;
    }

    /// <summary>Every form the gazetteer knows, ambiguous ones included (they block, and name no one).</summary>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>The mentions in <paramref name="text"/>, in order, with offsets into it.</summary>
    public IReadOnlyList<Mention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<Mention>();
        Find(text, mentions);
        return mentions;
    }

    /// <summary>
    /// Adds the mentions in <paramref name="text"/> to <paramref name="into"/>, their offsets shifted
    /// by <paramref name="offset"/> (where the text starts in its document).
    /// </summary>
    public void Find(ReadOnlySpan<char> text, ICollection<Mention> into, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(into);
        var sink = new MentionSink(into, offset, shared: false);
        Scan(text, ref sink);
    }

    /// <summary>
    /// The mentions in <paramref name="text"/> with, in their place, the names several actors share
    /// ("Korea", "Islamic Jihad"), as mentions of kind <see cref="NameKind.Ambiguous"/>: a reader who
    /// knows the whole document can tell whose they are (<see cref="SharedBy"/>).
    /// </summary>
    public IReadOnlyList<Mention> FindWithShared(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Found in a list this thread reuses and given in an array of their number, or the one empty array: this runs for
        // every unit, and a list for each, grown mention by mention, was a ninth of all that reading claims allocated.
        var mentions = _found ??= [];
        mentions.Clear();
        var sink = new MentionSink(mentions, 0, shared: true);
        Scan(text, ref sink);
        var found = mentions.Count == 0 ? [] : mentions.ToArray();
        mentions.Clear();
        if (mentions.Capacity > MaxKeptFound)
            _found = null; // a book's room is not kept by the thread for good
        return found;
    }

    [ThreadStatic]
    private static List<Mention>? _found;

    private const int MaxKeptFound = 1024;

    /// <summary>The actors that share the name of an ambiguous mention.</summary>
    public IReadOnlyList<string> SharedBy(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return _sharedNames.TryGetValue(Resolution.NameKey.Of(mention.Surface), out var ids) ? ids : [mention.ActorId];
    }

    /// <summary>How many mentions <paramref name="text"/> holds, without materialising them.</summary>
    public int Count(ReadOnlySpan<char> text)
    {
        var counter = new CountingSink();
        Scan(text, ref counter);
        return counter.Count;
    }
}
