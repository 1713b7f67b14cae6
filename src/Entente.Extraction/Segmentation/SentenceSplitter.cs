using System.Buffers;

namespace Entente.Extraction.Segmentation;

/// <summary>
/// Splits a paragraph into sentences in one pass: a vectorised search jumps from one possible end
/// (". ? ! …" or a line break) to the next, and only there does it look at a few characters around
/// to decide. No regular expression and no allocation but the list of spans.
/// </summary>
internal static class SentenceSplitter
{
    // The stops as two searches: a set that mixes ASCII and other characters is searched by a slow
    // method once the text holds any character outside ASCII (a curly quote), and most stops are ASCII.
    private static readonly SearchValues<char> AsciiStops = SearchValues.Create(".?!\n");
    private static readonly SearchValues<char> WideStops = SearchValues.Create("…。！？؟");

    /// <summary>Adds the sentences of <paramref name="text"/> to <paramref name="into"/> as trimmed (start, end) spans.</summary>
    public static void Split(ReadOnlySpan<char> text, List<(int Start, int End)> into)
    {
        var start = 0;
        var i = 0;
        var wide = -1; // where the next wide stop is once searched for (text.Length when none is left)
        while (i < text.Length)
        {
            if (wide < i)
                wide = text[i..].IndexOfAny(WideStops) is var w and >= 0 ? i + w : text.Length;
            var ascii = text[i..wide].IndexOfAny(AsciiStops);
            var at = ascii >= 0 ? i + ascii : wide;
            if (at >= text.Length)
                break;
            if (text[at] == '\n')
            {
                if (LineBreaks.EndsSentence(text, start, at))
                {
                    Emit(text, start, at, into);
                    start = at + 1;
                }
                i = at + 1;
                continue;
            }

            var runEnd = at;
            while (runEnd < text.Length && SentenceEnd.IsTerminator(text[runEnd]))
                runEnd++;
            var close = SentenceEnd.SkipClosers(text, runEnd);
            if (SentenceEnd.Ends(text, start, at, runEnd, close))
            {
                Emit(text, start, close, into);
                start = close;
            }
            i = runEnd;
        }
        Emit(text, start, text.Length, into);
    }

    private static void Emit(ReadOnlySpan<char> text, int start, int end, List<(int Start, int End)> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            into.Add((start, end));
    }
}
