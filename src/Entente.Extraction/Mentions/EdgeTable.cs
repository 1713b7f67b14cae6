using System.Numerics;

namespace Entente.Extraction.Mentions;

/// <summary>
/// The trie's edges (node, word id) → child node, in an open-addressing table: a name of several
/// words ("United States", "Saudi Arabia") takes one lookup a word, and a general dictionary's
/// lookup cost several times this one's. Frozen once built.
/// </summary>
internal sealed class EdgeTable
{
    private readonly long[] _edges;
    private readonly int[] _children;
    private readonly int _shift;
    private readonly int _mask;

    public EdgeTable(IReadOnlyDictionary<long, int> children)
    {
        var capacity = 16;
        while (capacity < children.Count * 2)
            capacity <<= 1; // at most half full
        _edges = new long[capacity];
        Array.Fill(_edges, -1L); // no edge is -1: nodes and word ids are never negative
        _children = new int[capacity];
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        foreach (var (edge, child) in children)
        {
            var i = Home(edge);
            while (_edges[i] != -1)
                i = (i + 1) & _mask;
            _edges[i] = edge;
            _children[i] = child;
        }
    }

    /// <summary>The child at the end of <paramref name="edge"/>, or -1.</summary>
    public int Child(long edge)
    {
        var i = Home(edge);
        while (true)
        {
            var here = _edges[i];
            if (here == edge)
                return _children[i];
            if (here == -1)
                return -1;
            i = (i + 1) & _mask;
        }
    }

    private int Home(long edge) => (int)(((ulong)edge * 0x9E3779B97F4A7C15) >> _shift);
}
