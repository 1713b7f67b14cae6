namespace Entente.Extraction.Segmentation;

/// <summary>Cuts a span longer than the maximum unit length at the last "; ", else ", ", else space that fits.</summary>
internal static class UnitLimiter
{
    public static IEnumerable<(int Start, int End)> Split(string text, int start, int end, int max)
    {
        while (end - start > max)
        {
            var window = text.AsSpan(start, max);
            var cut = CutAfter(window, ';');
            if (cut <= 0)
                cut = CutAfter(window, ',');
            if (cut <= 0)
                cut = window.LastIndexOfAny(' ', '\n', '\t');
            if (cut <= 0)
                cut = char.IsHighSurrogate(window[^1]) ? max - 1 : max; // never split a surrogate pair
            var piece = Spans.Trim(text, start, start + cut);
            if (piece.End > piece.Start)
                yield return piece;
            start = Spans.Trim(text, start + cut, end).Start;
        }
        var rest = Spans.Trim(text, start, end);
        if (rest.End > rest.Start)
            yield return rest;
    }

    /// <summary>Just after the last <paramref name="mark"/> of the window, so the mark stays with the words before it.</summary>
    private static int CutAfter(ReadOnlySpan<char> window, char mark)
    {
        var at = window.LastIndexOf(mark);
        return at < 0 ? -1 : at + 1;
    }
}

internal static class Spans
{
    /// <summary>The span without the white space at its ends.</summary>
    public static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return (start, end);
    }
}
