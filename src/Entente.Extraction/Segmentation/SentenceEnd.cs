namespace Entente.Extraction.Segmentation;

/// <summary>
/// Whether a run of end marks ends a sentence. It must be followed (after any closing quotes or
/// brackets: '."', '.)', or citation marks: '.[12]') by white space or the end of the text, so "3.5", "U.S.-backed" and
/// "example.com" never split (a page that lost the space, "(IS).It is", is read in GluedStop); the next sentence must not start in lower case ("etc. and"); and a
/// single full stop after an abbreviation ends nothing unless the next word is one sentences start
/// with ("Gen. Soleimani" goes on; "sanctioned by the U.S. The move" ends).
/// </summary>
internal static class SentenceEnd
{
    private const int MaxQuotes = 3;

    public static bool IsTerminator(char c) => c is '.' or '?' or '!' or '…' or '。' or '！' or '？' or '؟';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '‹' or '(' or '[' or '¿' or '¡';

    /// <summary>Just past the closing quotes and brackets that follow an end mark, and any citation marks ("either.[2] Japan").</summary>
    public static int SkipClosers(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        while (i < text.Length && i - at < MaxQuotes && IsCloser(text[i]))
            i++;
        while (CitationMarkLength(text, i) is var length and > 0)
            i += length;
        return i;
    }

    private const int MaxCitationMark = 24;

    /// <summary>The length of a reference-style citation mark at <paramref name="at"/>: "[12]", "[a]", "[citation needed]"; 0 if none.</summary>
    private static int CitationMarkLength(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || text[at] != '[')
            return 0;
        for (var i = at + 1; i < text.Length && i - at < MaxCitationMark; i++)
        {
            var c = text[i];
            if (c == ']')
                return i > at + 1 ? i - at + 1 : 0;
            if (!char.IsLetterOrDigit(c) && c is not (' ' or ',' or '-' or '–'))
                return 0;
        }
        return 0;
    }

    /// <param name="text">The paragraph.</param>
    /// <param name="sentenceStart">Where the current sentence started.</param>
    /// <param name="at">The first end mark of the run.</param>
    /// <param name="runEnd">Just past the run of end marks.</param>
    /// <param name="close">Just past the closers after the run: where the sentence would end.</param>
    public static bool Ends(ReadOnlySpan<char> text, int sentenceStart, int at, int runEnd, int close)
    {
        var mark = text[at];
        if (mark is '。' or '！' or '？')
            return true; // scripts that put no space after a sentence
        if (close < text.Length && !char.IsWhiteSpace(text[close]))
            return GluedStop(text, sentenceStart, at, runEnd, close);
        var next = close;
        while (next < text.Length && (char.IsWhiteSpace(text[next]) || (IsOpener(text[next]) && next - close < 8)))
            next++;
        if (next >= text.Length)
            return true;
        var first = text[next];
        if (char.IsLower(first))
            return false;
        if (mark != '.' || runEnd - at > 1)
            return true; // "?", "!", an ellipsis: only a lower-case word goes on after them
        return AfterFullStop(text, sentenceStart, at, next);
    }

    /// <summary>
    /// "… the Islamic State (IS).It is funded by …": some pages lose the space after a full stop. A single stop between a
    /// word (or a bracket) and a capitalised word ends the sentence, unless the word before is an abbreviation ("Mr.Smith");
    /// "example.com", "U.S.-backed", "3.5" and "ASP.NET" are none of these.
    /// </summary>
    private static bool GluedStop(ReadOnlySpan<char> text, int sentenceStart, int at, int runEnd, int close)
    {
        if (text[at] != '.' || runEnd - at > 1 || close != runEnd || at == 0 || !(char.IsLetter(text[at - 1]) || text[at - 1] == ')'))
            return false;
        var i = close;
        if (!char.IsUpper(text[i++]))
            return false;
        var lower = 0;
        while (i < text.Length && char.IsLower(text[i]))
        {
            i++;
            lower++;
        }
        var wordEnds = i >= text.Length || char.IsWhiteSpace(text[i]) || text[i] is ',' or ';' or ':';
        return lower > 0 && wordEnds && AfterFullStop(text, sentenceStart, at, close);
    }

    /// <summary>A single full stop followed by a word that is not in lower case: is the word before it an abbreviation?</summary>
    private static bool AfterFullStop(ReadOnlySpan<char> text, int sentenceStart, int stop, int next)
    {
        var tokenStart = stop;
        while (tokenStart > sentenceStart && stop - tokenStart < 24 && (char.IsLetterOrDigit(text[tokenStart - 1]) || text[tokenStart - 1] == '.'))
            tokenStart--;
        var token = text[tokenStart..stop];
        if (token.IsEmpty)
            return true;
        if (text[sentenceStart..tokenStart].IsWhiteSpace() && (IsNumber(token) || token.Length == 1))
            return false; // "1." or "a." opening a paragraph marks an item, not a sentence

        Span<char> key = stackalloc char[24];
        var length = 0;
        var dotted = false;
        foreach (var c in token)
        {
            if (c == '.')
                dotted = true;
            else
                key[length++] = char.ToLowerInvariant(c);
        }
        var kind = token.Length == 1 && char.IsUpper(token[0])
            ? Abbreviation.Uncertain // an initial: "J. Smith", but "Plan B. The"
            : Abbreviations.Find(key[..length]) ?? (dotted ? Abbreviation.Uncertain : Abbreviation.None);
        return kind switch
        {
            Abbreviation.None => true,
            Abbreviation.BeforeName => false,
            Abbreviation.BeforeNumber => !char.IsDigit(text[next]),
            _ => Abbreviations.StartsSentence(text[next..]),
        };
    }

    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsDigit(c))
                return false;
        }
        return true;
    }
}
