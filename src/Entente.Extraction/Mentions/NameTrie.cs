namespace Entente.Extraction.Mentions;

/// <summary>
/// Names as paths of word ids, starting at each name's anchor word (its first capitalised word).
/// Frozen once built: lookups only, so one trie serves every thread.
/// </summary>
internal sealed class NameTrie
{
    private readonly WordTable _wordIds;
    private readonly int[] _roots;
    private readonly EdgeTable _children;
    private readonly NameCandidate[]?[] _terminals;
    private readonly ulong[] _nextStarts;

    internal NameTrie(Dictionary<string, int> wordIds, int[] roots, Dictionary<long, int> children, NameCandidate[]?[] terminals)
    {
        _wordIds = new WordTable(wordIds);
        _roots = roots;
        _children = new EdgeTable(children);
        _terminals = terminals;
        Prefixes = new AnchorPrefixes(wordIds.Where(w => roots[w.Value] >= 0).Select(w => w.Key));
        var keys = new string[wordIds.Count];
        foreach (var (key, id) in wordIds)
            keys[id] = key;
        _nextStarts = new ulong[terminals.Length];
        foreach (var edge in children.Keys)
            _nextStarts[(int)(edge >> 32)] |= StartBit(keys[(int)edge][0]) | OtherStart;
        Words = PackWords(keys);
    }

    /// <summary>The words with a <see cref="PackedKey"/>, each with what the scan needs of the node it anchors.</summary>
    public PackedWordTable Words { get; }

    /// <summary>The bit of a word starting with anything but an ASCII letter or digit; every branching node has it.</summary>
    private const ulong OtherStart = 1UL << 63;

    /// <summary>Turns away words that no anchor word starts like, before the full tokeniser writes their key.</summary>
    public AnchorPrefixes Prefixes { get; }

    /// <summary>The id of a word that occurs in some name, or -1.</summary>
    public int WordId(ReadOnlySpan<char> key) => _wordIds.Find(key);

    /// <summary>The node reached by a name's anchor word, or -1 when no name starts there.</summary>
    public int Root(int wordId) => _roots[wordId];

    /// <summary>Whether some longer name goes on from the node ("Saudi" → "Saudi Arabia"); most names end where they are.</summary>
    public bool Branches(int node) => _nextStarts[node] != 0;

    /// <summary>
    /// Whether a word starting with <paramref name="first"/> can go on from the node: "Saudi Arabia"
    /// goes on with an "a", so "Saudi officials" is settled without reading "officials".
    /// </summary>
    public bool MayGoOn(int node, char first) => (_nextStarts[node] & StartBit(first)) != 0;

    /// <summary>A bit per ASCII letter (either case) and digit; anything else shares <see cref="OtherStart"/>.</summary>
    private static ulong StartBit(char c)
    {
        var letter = (uint)((c | 0x20) - 'a');
        if (letter < 26)
            return 1UL << (int)letter;
        var digit = (uint)(c - '0');
        return digit < 10 ? 1UL << (int)(26 + digit) : OtherStart;
    }

    /// <summary>Whether a word starting with <paramref name="first"/> can go on from a node with these <paramref name="nextStarts"/>.</summary>
    public static bool MayGoOn(ulong nextStarts, char first) => (nextStarts & StartBit(first)) != 0;

    public int Child(int node, int wordId) => _children.Child(Edge(node, wordId));

    /// <summary>The names that end at a node, or null.</summary>
    public NameCandidate[]? Terminals(int node) => _terminals[node];

    private PackedWordTable PackWords(string[] keys)
    {
        var words = new List<(PackedKey, PackedWordTable.Entry, NameCandidate?)>();
        for (var id = 0; id < keys.Length; id++)
        {
            if (!PackedKey.TryPack(keys[id], out var key))
                continue;
            var root = _roots[id];
            var next = root < 0 ? 0 : _nextStarts[root];
            var names = root < 0 ? null : _terminals[root];
            var only = OnlyName(names);
            next |= only?.Rule switch
            {
                CaseRule.Capitalised => PackedWordTable.Entry.PlainNameBit,
                CaseRule.ExactCapitals when !only.ReadsAsWord => PackedWordTable.Entry.ExactNameBit,
                _ => root >= 0 && names is null ? PackedWordTable.Entry.NoNameBit : 0,
            };
            words.Add((key, new PackedWordTable.Entry(key.High, next, id, root), only));
        }
        return new PackedWordTable(words);
    }

    /// <summary>The name at a node when it is the only one, has no lead words and is not shared, else null.</summary>
    private static NameCandidate? OnlyName(NameCandidate[]? names) =>
        names is [{ HasLead: false, Blocks: false } only] ? only : null;

    internal static long Edge(int node, int wordId) => ((long)node << 32) | (uint)wordId;
}

/// <summary>Collects names, then freezes them into a <see cref="NameTrie"/>.</summary>
internal sealed class NameTrieBuilder
{
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _roots = [];
    private readonly Dictionary<long, int> _children = [];
    private readonly List<List<NameCandidate>?> _terminals = [];

    public int WordId(string key)
    {
        if (!_wordIds.TryGetValue(key, out var id))
            _wordIds[key] = id = _wordIds.Count;
        return id;
    }

    public void Add(IReadOnlyList<string> path, NameCandidate candidate)
    {
        var node = Step(_roots, WordId(path[0]));
        for (var i = 1; i < path.Count; i++)
        {
            var edge = NameTrie.Edge(node, WordId(path[i]));
            if (!_children.TryGetValue(edge, out var child))
                _children[edge] = child = NewNode();
            node = child;
        }
        var here = _terminals[node] ??= [];
        var same = here.FindIndex(c => c.ActorId == candidate.ActorId && c.Rule == candidate.Rule && c.Letters == candidate.Letters
            && c.Lead.AsSpan().SequenceEqual(candidate.Lead));
        if (same < 0)
            here.Add(candidate);
        else if (candidate.Preference < here[same].Preference)
            here[same] = candidate;
    }

    public NameTrie Build()
    {
        var roots = new int[_wordIds.Count];
        Array.Fill(roots, -1);
        foreach (var (word, node) in _roots)
            roots[word] = node;
        var terminals = _terminals.Select(t => t?.OrderBy(c => c.Preference).ToArray()).ToArray();
        return new NameTrie(new Dictionary<string, int>(_wordIds, StringComparer.Ordinal), roots, new Dictionary<long, int>(_children), terminals);
    }

    private int Step(Dictionary<int, int> roots, int word)
    {
        if (!roots.TryGetValue(word, out var node))
            roots[word] = node = NewNode();
        return node;
    }

    private int NewNode()
    {
        _terminals.Add(null);
        return _terminals.Count - 1;
    }
}
