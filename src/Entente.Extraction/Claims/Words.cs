using System.Globalization;

namespace Entente.Extraction.Claims;

/// <summary>A word or punctuation mark of a unit, with its place in the unit's text.</summary>
public readonly record struct Word(int Start, int End, string Text, string Lower)
{
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}

/// <summary>
/// Splits text into words and punctuation: letters and digits with inner apostrophes form a word;
/// a hyphen, comma, colon and the like are words of their own ("Iranian-backed" is three words),
/// so cues and names can be matched on word sequences.
/// </summary>
public static class Words
{
    public static IReadOnlyList<Word> Of(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i) || IsInnerDot(text, i)))
                    i++;
            }
            else
            {
                i++;
            }
            var word = text[start..i];
            // "Iran's" → "Iran" + "'s": possessives are their own word so names match.
            if (word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
            {
                words.Add(Make(start, i - 2, word[..^2]));
                words.Add(Make(i - 2, i, "'s"));
                continue;
            }
            words.Add(Make(start, i, word));
        }
        return words;
    }

    /// <summary>The lowercase words of a phrase, for lexicon entries.</summary>
    public static string[] Split(string phrase) => Of(phrase).Select(w => w.Lower).ToArray();

    private static Word Make(int start, int end, string text) =>
        new(start, end, text, text.Replace('’', '\'').ToLower(CultureInfo.InvariantCulture));

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    // "U.S." and "3.5" stay one word; a sentence's final dot does not.
    private static bool IsInnerDot(string text, int i) =>
        text[i] == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]);
}
