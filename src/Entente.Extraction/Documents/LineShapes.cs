using System.Collections.Frozen;

namespace Entente.Extraction.Documents;

/// <summary>
/// What a line of plain text or Markdown is by its shape: a "#" heading, a setext underline, a
/// rule, a bullet, a pipe-table separator, or a short line that reads as a heading. Character
/// tests only, no regular expressions: this runs on every line of every text file.
/// </summary>
internal static class LineShapes
{
    private const int MaxHeadingLength = 80;
    private const int MaxHeadingWords = 12;
    private const int MaxOrdinalDigits = 3;

    // Short words a title-case heading leaves in lower case ("Allies of Iran", "Friends and Rivals").
    private static readonly FrozenSet<string> MinorWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from",
        "into", "over", "under", "vs", "vs.", "via", "as", "its", "their", "after", "since", "until", "between",
        "against", "about", "among", "amid", "than", "that", "this", "within", "without",
    ], StringComparer.OrdinalIgnoreCase);

    // Made once, not per line (getting a span lookup checks the comparer's type).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MinorWordLookup = MinorWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The level of a "# Heading" line (1–6) and its text, or 0.</summary>
    public static int AtxLevel(ReadOnlySpan<char> line, out ReadOnlySpan<char> text)
    {
        text = default;
        var level = 0;
        while (level < line.Length && line[level] == '#')
            level++;
        if (level is 0 or > 6 || (level < line.Length && line[level] is not (' ' or '\t')))
            return 0;
        text = line[level..].Trim().TrimEnd('#').TrimEnd();
        return level;
    }

    /// <summary>1 for "===", 2 for "---" under a line (a setext heading), else 0.</summary>
    public static int SetextLevel(ReadOnlySpan<char> line) =>
        line.Length >= 3 && line.IndexOfAnyExcept('=') < 0 ? 1
        : line.Length >= 3 && line.IndexOfAnyExcept('-') < 0 ? 2
        : 0;

    /// <summary>"---", "***", "___" or "* * *": a thematic break, not text.</summary>
    public static bool IsRule(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line[0] is not ('-' or '*' or '_' or '='))
            return false;
        var mark = line[0];
        var count = 0;
        foreach (var c in line)
        {
            if (c == mark)
                count++;
            else if (c is not (' ' or '\t'))
                return false;
        }
        return count >= 3;
    }

    /// <summary>The length of a bullet or list number with its space ("- ", "• ", "12. ", "b) ", "(iv) "), or 0.</summary>
    public static int BulletLength(ReadOnlySpan<char> line)
    {
        if (line.Length < 2)
            return 0;
        if (line[0] is '-' or '*' or '+' or '•' or '·' or '▪' or '◦' or '‣' or '–' or '●' or '○' or '■')
            return IsSpace(line, 1) ? 2 : 0;
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
            digits++;
        if (digits is > 0 and <= MaxOrdinalDigits)
            return digits < line.Length && line[digits] is '.' or ')' && IsSpace(line, digits + 1) ? digits + 2 : 0;
        if (char.IsAsciiLetterLower(line[0]) && line[1] is '.' or ')' && IsSpace(line, 2))
            return 3;
        if (char.IsAsciiLetterUpper(line[0]) && line[1] == ')' && IsSpace(line, 2))
            return 3;
        if (line[0] == '(')
        {
            var close = line.IndexOf(')');
            if (close is > 1 and <= 5 && IsSpace(line, close + 1) && line[1..close].IndexOfAnyExcept("ivxlcdm0123456789abcdefghjk") < 0)
                return close + 2;
        }
        return 0;
    }

    /// <summary>"|---|:--:|" or "--- | ---": the row under a pipe table's header.</summary>
    public static bool IsTableSeparator(ReadOnlySpan<char> line)
    {
        var dashes = 0;
        var pipes = 0;
        foreach (var c in line)
        {
            if (c == '-')
                dashes++;
            else if (c == '|')
                pipes++;
            else if (c is not (':' or ' ' or '\t'))
                return false;
        }
        return pipes > 0 && dashes >= 3;
    }

    /// <summary>
    /// A one-line paragraph that reads as a heading: short, starts with a capital or a digit, no
    /// closing sentence mark, and either in title case or ending with a colon or standing right
    /// above a list.
    /// </summary>
    public static bool LooksLikeHeading(string text, bool aboveList)
    {
        if (text.Length is 0 or > MaxHeadingLength || !(char.IsUpper(text[0]) || char.IsDigit(text[0])))
            return false;
        if (text[^1] is '.' or '!' or '?' or ',' or ';' or '"' or '”' or '…' or ')')
            return false;
        // Words are walked as spans of the text: splitting it into strings cost more than the test.
        var words = 0;
        foreach (var word in text.AsSpan().Split(' '))
            words += word.End.Value > word.Start.Value ? 1 : 0;
        if (words > MaxHeadingWords)
            return false;
        return aboveList || text[^1] == ':' || IsTitleCase(text);
    }

    private static bool IsTitleCase(ReadOnlySpan<char> text)
    {
        var capitalised = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            var letters = word.Trim("\"'“‘(");
            if (letters.IsEmpty || !char.IsLetter(letters[0]))
                continue;
            if (char.IsUpper(letters[0]))
                capitalised++;
            else if (!MinorWordLookup.Contains(word))
                return false;
        }
        return capitalised >= 1;
    }

    private static bool IsSpace(ReadOnlySpan<char> line, int at) => at < line.Length && line[at] is ' ' or '\t';
}
