using System.Runtime.CompilerServices;

namespace Entente.Extraction.Mentions;

public sealed partial class Gazetteer
{
    /// <summary>How many characters one call of <see cref="ScanSlice"/> covers.</summary>
    private const int Slice = 1 << 14;

    /// <remarks>
    /// The loop runs in slices, one call each, so that a long text is read by the JIT's optimised,
    /// profile-guided code: one call over a whole book would run all along in the code the JIT
    /// swaps in mid-loop, which keeps its variables in memory. Slices change nothing else: a word
    /// that starts in one slice is read to its end, across into the next.
    /// </remarks>
    private void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var position = 0;
        var taken = 0; // end of the last mention: a name's lead words may not reach back into it
        while (position < text.Length)
            (position, taken) = ScanSlice(text, Math.Min(text.Length, position + Slice), position, taken, ref sink);
    }

    /// <summary>Reads on from <paramref name="position"/> to at least <paramref name="limit"/>; gives where it stopped and the last mention's end.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private (int Position, int Taken) ScanSlice<TSink>(ReadOnlySpan<char> text, int limit, int position, int taken, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var buffer = default(KeyBuffer);
        Span<char> key = buffer;
        var capitals = new CapitalCursor(text);
        while (position < limit)
        {
            var at = capitals.Next(position);
            if (at < 0)
                return (text.Length, taken);
            if (!TextChars.IsWord(text[at]))
            {
                position = at + 1;
                continue;
            }
            // A capital inside a word ("eSwatini") is read from the word's start.
            var start = at;
            while (start > position && TextChars.IsWord(text[start - 1]))
                start--;
            var plainEnd = _trie.Prefixes.EndOfNoName(text, start);
            if (plainEnd >= 0)
            {
                position = Math.Max(plainEnd, at + 1);
                continue;
            }
            var end = AsciiWordReader.Read(text, start, key, out var keyLength, out var hash);
            var match = keyLength > 0 ? Longest(text, start, end, key, keyLength, hash, taken) : default;
            if (match.Found)
            {
                if (!match.Ambiguous)
                    sink.Add(text, match.Start, match.End, match.Candidate!);
                else if (match.Candidate!.Blocks)
                    sink.AddShared(text, match.Start, match.End, match.Candidate);
                position = taken = match.End;
            }
            else
            {
                position = Math.Max(end, at + 1);
            }
        }
        return (position, taken);
    }

    /// <summary>The longest name that has its anchor word at <paramref name="anchorStart"/>.</summary>
    private Match Longest(ReadOnlySpan<char> text, int anchorStart, int anchorEnd, Span<char> key, int keyLength, uint hash, int taken)
    {
        var word = _trie.WordId(key[..keyLength], hash);
        var node = word < 0 ? -1 : _trie.Root(word);
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
            var next = Joiners.SkipForward(text, end, end - wordStart);
            if (next < 0 || !_trie.MayGoOn(node, text[next]))
                break;
            var nextEnd = AsciiWordReader.Read(text, next, key, out keyLength, out hash);
            word = keyLength > 0 ? _trie.WordId(key[..keyLength], hash) : -1;
            node = word < 0 ? -1 : _trie.Child(node, word);
            if (node < 0)
                break;
            wordStart = next;
            end = nextEnd;
        }
        return best;
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
                best = best with { Ambiguous = true }; // two actors answer to the same words: name neither
        }
    }

    private readonly record struct Match(int Start, int End, NameCandidate? Candidate, bool Ambiguous)
    {
        public bool Found => Candidate is not null;

        public int Length => End - Start;
    }
}
