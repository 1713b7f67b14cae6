namespace Entente.Extraction.Mentions;

public sealed partial class Gazetteer
{
    private void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var buffer = default(KeyBuffer);
        Span<char> key = buffer;
        var position = 0;
        var taken = 0; // end of the last mention: a name's lead words may not reach back into it
        var capitals = new CapitalCursor(text);
        while (position < text.Length)
        {
            var at = capitals.Next(position);
            if (at < 0)
                break;
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
                position = taken = match.End;
            }
            else
            {
                position = Math.Max(end, at + 1);
            }
        }
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
