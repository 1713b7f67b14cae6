using System.Buffers;
using System.Collections.Frozen;

namespace Entente.Extraction.Documents;

/// <summary>
/// Cheap tests that say whether a personal-data pattern could match at all, so the regular
/// expressions run only on the few paragraphs that might hold such data. Prose is full of digits
/// (years, figures) but rarely of phone-length digit runs or of a number followed by a street word.
/// </summary>
internal static class PersonalDataHints
{
    private const int MinPhoneDigits = 6;
    private const int MaxWordsBeforeStreetType = 5;
    private const int MaxStreetWordLength = 9; // "boulevard": longer words need no lookup
    private const int MinStreetWordLength = 2; // "st"

    private static readonly SearchValues<string> ProfileSites = SearchValues.Create(
    [
        "twitter.com/", "x.com/", "facebook.com/", "fb.com/", "instagram.com/", "t.me/", "telegram.me/",
        "tiktok.com/", "linkedin.com/", "threads.net/", "youtube.com/", "bsky.app/", "vk.com/",
        "truthsocial.com/", "snapchat.com/", "mastodon.social/",
    ], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> SpelledAt = SearchValues.Create(["[at]", "(at)", "[at)", "(at]"], StringComparison.OrdinalIgnoreCase);

    // ASCII words only, which keeps the search vectorised; "straße" is looked for on its own, and only
    // when the text has an 'ß', the one character that word can only match as.
    private static readonly SearchValues<string> PostBoxOrCompoundStreet = SearchValues.Create(
        ["box", "postfach", "strasse", "gasse", "allee", "platz", "weg "], StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> StreetWords = FrozenSet.ToFrozenSet(
    [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "court",
        "ct", "place", "pl", "square", "sq", "terrace", "way", "parkway", "pkwy", "highway", "hwy", "close",
        "crescent", "row", "alley", "plaza", "circle", "cir", "rue", "bd", "chemin", "allée", "impasse", "quai",
        "calle", "avenida",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<ulong> PackedStreetWords = StreetWords
        .Select(word => Packed(word)).OfType<ulong>().ToFrozenSet();

    private static readonly uint[] FirstLetters = LetterMasks(first: true);
    private static readonly uint[] LastLetters = LetterMasks(first: false);

    private static readonly SearchValues<char> NonAsciiDigits = SearchValues.Create(
        [.. Enumerable.Range(0x80, char.MaxValue - 0x80 + 1).Select(code => (char)code).Where(char.IsDigit)]);

    private static readonly char FirstNonAsciiDigit = (char)Enumerable.Range(0x80, char.MaxValue - 0x80 + 1).First(code => char.IsDigit((char)code));

    private static readonly SearchValues<char> PhoneSeparators = SearchValues.Create(" ()./-+");

    // Every profile site ends with a slash and every spelled "at" opens with a bracket: a one-character
    // scan rules most text out before the slower search for words.
    public static bool MayHoldProfileLink(ReadOnlySpan<char> text) => text.Contains('/') && text.IndexOfAny(ProfileSites) >= 0;

    public static bool MayHoldSpelledEmail(ReadOnlySpan<char> text) => text.IndexOfAny('[', '(') >= 0 && text.IndexOfAny(SpelledAt) >= 0;

    /// <summary>
    /// A run of at least six digits joined by phone separators that is not a date or a span of years;
    /// <paramref name="firstDigit"/> is where the first ASCII digit is (-1 for none).
    /// </summary>
    public static bool MayHoldPhone(ReadOnlySpan<char> text, int firstDigit)
    {
        if (firstDigit < 0)
            return false;
        var at = firstDigit;
        while (NextDigit(text, ref at))
        {
            var start = at;
            var digits = 0;
            while (at < text.Length && (char.IsAsciiDigit(text[at]) || (PhoneSeparators.Contains(text[at]) && at + 1 < text.Length && (char.IsAsciiDigit(text[at + 1]) || text[at + 1] == '('))))
            {
                if (char.IsAsciiDigit(text[at]))
                    digits++;
                at++;
            }
            if (digits >= MinPhoneDigits && !OnlyDateParts(text[start..at]))
                return true;
        }
        return false;
    }

    /// <summary>A number followed within a few words by a street word, or a post box or compound street name.</summary>
    public static bool MayHoldAddress(ReadOnlySpan<char> text) => MayHoldAddress(text, text.IndexOfAnyInRange('0', '9'));

    /// <summary>The same, given where the first ASCII digit is (-1 for none).</summary>
    public static bool MayHoldAddress(ReadOnlySpan<char> text, int firstDigit)
    {
        // Every address pattern needs a digit (any decimal digit, as \d reads): without one, even a
        // post box or a "…straße" is not an address the patterns would take.
        if (firstDigit < 0 && !HasNonAsciiDigit(text))
            return false;
        if (text.IndexOfAny(PostBoxOrCompoundStreet) >= 0 || (text.Contains('ß') && text.Contains("straße", StringComparison.OrdinalIgnoreCase)))
            return true;
        // One walk over the words after each number. A number met inside the window of an earlier one
        // starts the count again (its own window reaches further than the earlier one's), so every
        // character is read once however close the numbers stand ("12/08/2024", a row of figures).
        var at = firstDigit < 0 ? text.Length : firstDigit;
        while (NextDigit(text, ref at))
        {
            var words = 0;
            while (words < MaxWordsBeforeStreetType + 1 && at < text.Length)
            {
                char c;
                while (at < text.Length && !char.IsLetter(c = text[at]) && c is not ('\n' or '.' or ';'))
                {
                    if (char.IsAsciiDigit(c))
                        words = 0;
                    at++;
                }
                var start = at;
                var ascii = ReadLetters(text, ref at);
                if (at == start)
                    break;
                if (IsStreetWord(text[start..at], ascii))
                    return true;
                if (EndsWindow(text, start, at))
                    break;
                words++;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the word from <paramref name="start"/> to <paramref name="end"/> (not a street word) ends
    /// the window of the number before it. Between a number and its street word the address patterns
    /// allow only words that start with a capital ("12 Baker Street"), a letter glued to the number
    /// ("221B") and "bis" or "ter" ("12 bis rue"); a word starting with a lower-case letter right after
    /// white space is none of them. Most numbers in prose ("in 2024 the …") stop at their first word.
    /// </summary>
    private static bool EndsWindow(ReadOnlySpan<char> text, int start, int end) =>
        char.IsAsciiLetterLower(text[start]) && start > 0 && char.IsWhiteSpace(text[start - 1])
        && !(end - start == 3 && text[start..end] is "bis" or "ter");

    /// <summary>
    /// Moves <paramref name="at"/> past the letters there (char.IsLetter's); true when all
    /// were ASCII. ASCII letters are told by one range test each: the word is only read here, and packed
    /// later only if its length and letters could make a street word (most words stop before that).
    /// </summary>
    private static bool ReadLetters(ReadOnlySpan<char> text, ref int at)
    {
        var ascii = true;
        while (true)
        {
            while (at < text.Length && char.IsAsciiLetter(text[at]))
                at++;
            // Below 128 a letter is an ASCII letter: only a character past ASCII can continue the word.
            if (at < text.Length && text[at] >= 128 && char.IsLetter(text[at]))
            {
                ascii = false;
                at++;
                continue;
            }
            return ascii;
        }
    }

    /// <summary>
    /// Whether a word is a street word, ignoring case. An ASCII word's length, first and last letter rule most
    /// words out at once; the rest are packed into a number (five bits a letter, see <see cref="Packed"/>)
    /// and looked up among numbers, far cheaper than hashing text. Any other word goes to the set of
    /// strings, since a letter outside ASCII may still equal one ignoring case ("ſ" is "s").
    /// </summary>
    private static bool IsStreetWord(ReadOnlySpan<char> word, bool ascii)
    {
        if (word.Length is < MinStreetWordLength or > MaxStreetWordLength)
            return false;
        if (!ascii)
            return StreetWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        return (FirstLetters[word.Length] & LetterBit(word[0])) != 0
            && (LastLetters[word.Length] & LetterBit(word[^1])) != 0
            && PackedStreetWords.Contains(Packed(word)!.Value);
    }

    private static uint LetterBit(char asciiLetter) => 1u << ((asciiLetter | 0x20) - 'a');

    /// <summary>By word length, the first (or last) letters of the ASCII street words of that length, one bit a letter.</summary>
    private static uint[] LetterMasks(bool first)
    {
        var masks = new uint[MaxStreetWordLength + 1];
        foreach (var word in StreetWords.Where(word => Packed(word) is not null))
            masks[word.Length] |= LetterBit(first ? word[0] : word[^1]);
        return masks;
    }

    /// <summary>The ASCII letters of a word, case folded, as one number; null for any other word.</summary>
    private static ulong? Packed(ReadOnlySpan<char> word)
    {
        ulong key = 0;
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
                return null;
            key = (key << 5) | (uint)((c | 0x20) - 'a' + 1);
        }
        return key;
    }

    /// <summary>
    /// The set of digits outside ASCII is too large for a vectorised search, and most text was searched
    /// with it in vain: the first such digit is U+0660 (Arabic-Indic zero), and none is among the general
    /// punctuation (U+2000–U+206F: curly quotes, dashes, the ellipsis), so text with no other character
    /// that high (nearly all English prose) is ruled out by vectorised range checks first.
    /// </summary>
    private static bool HasNonAsciiDigit(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAnyInRange(FirstNonAsciiDigit, char.MaxValue);
        if (first < 0)
            return false;
        var rest = text[first..];
        if (NoDigitIsPunctuation && rest.IndexOfAnyInRange(FirstNonAsciiDigit, (char)(PunctuationFirst - 1)) < 0
            && rest.IndexOfAnyInRange((char)(PunctuationLast + 1), char.MaxValue) < 0)
            return false;
        return rest.IndexOfAny(NonAsciiDigits) >= 0;
    }

    private const int PunctuationFirst = 0x2000;
    private const int PunctuationLast = 0x206F;

    private static readonly bool NoDigitIsPunctuation =
        !Enumerable.Range(PunctuationFirst, PunctuationLast - PunctuationFirst + 1).Any(code => char.IsDigit((char)code));

    private static bool NextDigit(ReadOnlySpan<char> text, ref int at)
    {
        if (at >= text.Length)
            return false;
        var next = text[at..].IndexOfAnyInRange('0', '9');
        if (next < 0)
            return false;
        at += next;
        return true;
    }

    /// <summary>
    /// "2024-01-12", "2011-2024", "12/08/2024", "1701 (2006": groups that are years (four digits
    /// from 1000 to 2999) or day and month numbers, which phone numbers never are only of.
    /// </summary>
    private static bool OnlyDateParts(ReadOnlySpan<char> run)
    {
        var at = 0;
        while (at < run.Length)
        {
            var start = at;
            while (at < run.Length && char.IsAsciiDigit(run[at]))
                at++;
            var group = run[start..at];
            if (group.Length > 2 && !(group.Length == 4 && group[0] is '1' or '2'))
                return false;
            while (at < run.Length && !char.IsAsciiDigit(run[at]))
                at++;
        }
        return true;
    }
}
