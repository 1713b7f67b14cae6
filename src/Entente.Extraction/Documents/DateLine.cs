using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Entente.Extraction.Documents;

/// <summary>
/// The publication date a text file states in a short line near its top, alone ("3 November 2025") or among
/// other parts of a byline ("Analysis | Gulf Strategy Forum | 5 October 2025"), when no "Date:" header gave one.
/// </summary>
internal static partial class DateLine
{
    private const int MaxBlocks = 5;
    private const int MaxLineLength = 120;

    private static readonly char[] Separators = ['|', '·', '•', '—'];

    private const string Emphasis = "*_ ";

    private static readonly SearchValues<string> MonthNames = SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);

    public static PartialDate? Find(IReadOnlyList<TextBlock> blocks)
    {
        for (var b = 0; b < Math.Min(blocks.Count, MaxBlocks); b++)
        {
            var text = blocks[b].Text;
            // A part is a piece of the line: a line without a year or a month's name has no part with one,
            // and most lines near the top (a title, a byline) are ruled out before they are split.
            if (text.Length > MaxLineLength || !HasAYear(text) || !NamesAMonth(text))
                continue;
            // The parts are read where they lie; only one with a month and a year becomes a string.
            var line = text.AsSpan();
            foreach (var range in line.SplitAny(Separators))
            {
                var part = line[range].Trim().Trim(Emphasis);
                if (!NamesAMonth(part) || !HasAYear(part))
                    continue;
                var trimmed = part.ToString();
                // "Updated 10 June 2025", "(revision of 20 April 2025)": the date inside a labelled part.
                var whole = HtmlMetadata.ParseDate(trimmed);
                var phrase = whole is null && DatePhrase().Match(trimmed) is { Success: true } inside ? inside.Value : trimmed;
                if ((ReferenceEquals(phrase, trimmed) ? whole : HtmlMetadata.ParseDate(phrase)) is { } date)
                    return NamesADay(phrase) ? date : new PartialDate(date.Year, date.Month);
            }
        }
        return null;
    }

    // "6 min read" or "No. 41" must not pass for a date: a month's name and a four-digit year are both needed.
    internal static bool NamesAMonth(ReadOnlySpan<char> part)
    {
        // One vectorised search ignoring case, not twelve in a lower-cased copy. Ignoring case, 'ſ' is
        // 's' (lower-casing keeps it 'ſ'), so a match with a character past ASCII is no month's name; no
        // character past ASCII lowers to a letter of one, so no match of the lower-cased copy is missed.
        var at = 0;
        while (true)
        {
            var found = part[at..].IndexOfAny(MonthNames);
            if (found < 0)
                return false;
            if (Ascii.IsValid(part.Slice(at + found, 3)))
                return true;
            at += found + 1;
        }
    }

    // "May 2025" names a month only; the parser would have made it the first of May.
    private static bool NamesADay(ReadOnlySpan<char> part)
    {
        // The words between spaces, commas and full stops, read in place.
        foreach (var range in part.SplitAny(" ,."))
        {
            var token = part[range];
            if (token.Length is > 0 and <= 2 && char.IsDigit(token[0]) && (token.Length == 1 || char.IsDigit(token[1])))
                return true;
        }
        return false;
    }

    private static bool HasAYear(ReadOnlySpan<char> part)
    {
        var digits = 0;
        foreach (var c in part)
        {
            digits = char.IsDigit(c) ? digits + 1 : 0;
            if (digits == 4)
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4})\b")]
    private static partial Regex DatePhrase();
}
