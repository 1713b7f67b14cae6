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
        var words = _trie.Words;
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
            Match match;
            int end;
            if (AsciiWordReader.TryRead(text, start, out end, out var packed))
            {
                var slot = words.Find(packed);
                ref readonly var word = ref words[slot];
                if (word.Root < 0)
                {
                    position = end; // past `at`: the reader read on from `start` through it
                    continue;
                }
                if (!MayGoOn(word.NextStarts, text, end) && SettledByEntry(words, slot, text, start, end) is var settled and >= 0)
                {
                    // What Longest would find, told by the entry alone: the name, or that there is none.
                    if (settled > 0)
                    {
                        sink.Add(text, start, end, words.OnlyName(slot));
                        taken = end;
                    }
                    position = end;
                    continue;
                }
                match = Longest(text, start, end, word.Root, key, taken);
            }
            else if (_trie.Prefixes.EndOfNoName(text, start) is var plainEnd and >= 0)
            {
                // Starts like no anchor word: passed over to the end of its ASCII letters only, not the
                // whole token, so a name glued on after them ("officialséIran's") is still found.
                position = Math.Max(plainEnd, at + 1);
                continue;
            }
            else
            {
                (end, var word) = ReadSlowly(text, start, key);
                match = word >= 0 ? Longest(text, start, end, _trie.Root(word), key, taken) : default;
            }
            if (match.Found)
            {
                if (!match.Ambiguous)
                    sink.Add(text, match.Start, match.End, match.Candidate!);
                else
                    sink.AddShared(text, match.Start, match.End, match.Candidate!); // a marked shared name, or one two actors write alike
                position = taken = match.End;
            }
            else
            {
                position = Math.Max(end, at + 1);
            }
        }
        return (position, taken);
    }

    /// <summary>
    /// Whether a name may go on past a word that the packed reader read to <paramref name="end"/>.
    /// False when nothing that joins two words of a name follows (a comma, a bracket), or when one
    /// joiner does ("Iran's", "Iran-backed", "Iran said") and the next word starts with a letter no
    /// longer name goes on with; true when unsure. The reader leaves two characters after the word
    /// inside the text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayGoOn(ulong nextStarts, ReadOnlySpan<char> text, int end)
    {
        if (nextStarts == 0)
            return false;
        var joiner = text[end];
        if (joiner is ' ' or '\'' or '-' or '\n' or '\t' or '\r' or '`')
        {
            var next = text[end + 1];
            var letter = (uint)((next | 0x20) - 'a');
            var digit = (uint)(next - '0');
            if (letter < 26)
                return ((nextStarts >> (int)letter) & 1) != 0; // NameTrie's bit for a letter or digit
            return digit >= 10 || ((nextStarts >> (int)(digit + 26)) & 1) != 0;
        }
        return joiner >= 0x80 || joiner is '.' or '&' or '+'; // other ASCII (",", ")", ";") ends a name
    }

    /// <summary>
    /// What the entry of a word that no longer name goes on from tells without <see cref="Longest"/>:
    /// 1 when its one name counts here, 0 when no name does, -1 when Longest must decide.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SettledByEntry(PackedWordTable words, int slot, ReadOnlySpan<char> text, int start, int end)
    {
        ref readonly var word = ref words[slot];
        if (word.EndsPlainName)
            return text[start] < 'a' ? 1 : 0; // the word is ASCII letters and digits: below 'a' is a capital or a digit
        if (word.EndsExactName)
            return text[start..end].SequenceEqual(words.OnlyName(slot).Letters) ? 1 : 0; // all letters and digits, so SameLetters is plain equality
        return word.EndsNoName ? 0 : -1;
    }
}
