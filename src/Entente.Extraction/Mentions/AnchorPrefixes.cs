using System.Runtime.CompilerServices;

namespace Entente.Extraction.Mentions;

/// <summary>
/// The first three letters of every anchor word, as a bit set over a–z³: most capitalised words of a
/// text ("The", "After", "President") start no name, and this turns them away before the tokeniser
/// writes their key and the table is probed. Only a word that opens with three ASCII letters is
/// judged; any other ("US", "U.S.", "Türkiye", "Kata'ib") goes on to the full lookup.
/// </summary>
internal sealed class AnchorPrefixes
{
    private const int Letters = 26;

    private readonly ulong[] _seen = new ulong[(Letters * Letters * Letters + 63) / 64];

    public AnchorPrefixes(IEnumerable<string> anchorKeys)
    {
        foreach (var key in anchorKeys)
        {
            if (key.Length >= 3 && Index(key) is var index and >= 0)
                _seen[index >> 6] |= 1UL << index;
        }
    }

    /// <summary>
    /// Where the word at <paramref name="start"/> ends, when no name can start with it (its first
    /// three letters begin no anchor word); otherwise -1.
    /// </summary>
    public int EndOfNoName(ReadOnlySpan<char> text, int start)
    {
        if (start + 3 > text.Length || Index(text[start..]) is not (var index and >= 0) || (_seen[index >> 6] & (1UL << index)) != 0)
            return -1;
        var end = start + 3;
        while (end < text.Length && TextChars.IsAsciiWord(text[end]))
            end++; // words are short: a plain loop beats a vectorised search's setup
        return end;
    }

    /// <summary>The bit of the first three characters when they are ASCII letters (in either case), else -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(ReadOnlySpan<char> word)
    {
        var a = (uint)((word[0] | 0x20) - 'a');
        var b = (uint)((word[1] | 0x20) - 'a');
        var c = (uint)((word[2] | 0x20) - 'a');
        return a < Letters && b < Letters && c < Letters ? (int)((a * Letters + b) * Letters + c) : -1;
    }
}
