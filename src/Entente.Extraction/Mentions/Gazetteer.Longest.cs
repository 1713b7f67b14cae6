using System.Runtime.CompilerServices;

namespace Entente.Extraction.Mentions;

public sealed partial class Gazetteer
{
    /// <summary>The longest name that has its anchor word at <paramref name="anchorStart"/>, which reaches trie node <paramref name="node"/> (-1: none).</summary>
    /// <remarks>Not inlined: the scan loop stays small enough to keep its variables in registers.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Match Longest(ReadOnlySpan<char> text, int anchorStart, int anchorEnd, int node, Span<char> key, int taken)
    {
        if (node < 0)
            return default;
        var best = default(Match);
        var end = anchorEnd;
        var wordStart = anchorStart;
        while (true)
        {
            if (_trie.Terminals(node) is { } names)
                Consider(names, text, anchorStart, anchorEnd, end, taken, ref best);
            if (!_trie.Branches(node))
                break;
            var next = end + 1 < text.Length && text[end] == ' ' && TextChars.IsAsciiWord(text[end + 1])
                ? end + 1 // the usual joiner, one space, decided without the general walk
                : Joiners.SkipForward(text, end, end - wordStart);
            if (next < 0 || !_trie.MayGoOn(node, text[next]))
                break;
            var (nextEnd, word) = ReadWord(text, next, key);
            node = word < 0 ? -1 : _trie.Child(node, word);
            if (node < 0)
                break;
            wordStart = next;
            end = nextEnd;
        }
        return best;
    }

    /// <summary>The word at <paramref name="start"/>: where it ends, and its id (-1 when no name has it).</summary>
    private (int End, int WordId) ReadWord(ReadOnlySpan<char> text, int start, Span<char> key)
    {
        if (AsciiWordReader.TryRead(text, start, out var end, out var packed))
        {
            var words = _trie.Words;
            return (end, words[words.Find(packed)].WordId);
        }
        return ReadSlowly(text, start, key);
    }

    /// <summary>A word the packed reader leaves to the full tokeniser; kept out of the scan loop, which it would only crowd.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private (int End, int WordId) ReadSlowly(ReadOnlySpan<char> text, int start, Span<char> key)
    {
        var end = Tokenizer.Read(text, start, key, out var keyLength);
        return (end, keyLength > 0 ? _trie.WordId(key[..keyLength]) : -1);
    }

    private void Consider(NameCandidate[] names, ReadOnlySpan<char> text, int anchorStart, int anchorEnd, int end, int taken, ref Match best)
    {
        foreach (var name in names)
        {
            var start = name.HasLead ? LeadStart(text, anchorStart, name.Lead) : anchorStart;
            if (start < taken || !Fits(name, text, start, anchorStart, anchorEnd, end))
                continue;
            var length = end - start;
            if (length > best.Length)
                best = new Match(start, end, name, name.Blocks);
            else if (length == best.Length && (name.Blocks || name.ActorId != best.Candidate!.ActorId))
            {
                if (CodeYields(best.Candidate!, name))
                    best = best with { Candidate = name }; // "NLD" is the party: the Netherlands' code is not prose
                else if (!CodeYields(name, best.Candidate!))
                    best = best with { Ambiguous = true }; // two actors answer to the same words: name neither
            }
        }
    }

    /// <summary>
    /// Whether a country's ISO code gives its span to another actor's name that reads the same: prose writes the
    /// party's "NLD", tables the Netherlands' code, and the gazetteer reads prose. A blocking name yields to nothing.
    /// </summary>
    private static bool CodeYields(NameCandidate code, NameCandidate other) =>
        code.Kind == NameKind.Iso3 && other.Kind != NameKind.Iso3 && !other.Blocks;

    private readonly record struct Match(int Start, int End, NameCandidate? Candidate, bool Ambiguous)
    {
        public bool Found => Candidate is not null;

        public int Length => End - Start;
    }
}
