namespace Entente.Extraction.Claims;

/// <summary>A word or punctuation mark of a unit, with its place in the unit's text.</summary>
/// <remarks>
/// Sixteen bytes: the spelling (text, lowercase form, lexicon number) is shared by every occurrence of the word,
/// so a unit's word array is half the size it would be with those fields copied into each word, and so is every copy.
/// </remarks>
public readonly record struct Word
{
    private readonly Spelling _spelling;

    public Word(int start, int end, string text, string lower)
        : this(start, new Spelling(text, lower, 0), 0)
    {
        if (end != start + text.Length)
            throw new ArgumentException("A word ends where its text does.", nameof(end));
    }

    internal Word(int start, Spelling spelling, int numberedAt)
    {
        Start = start;
        _spelling = spelling;
        NumberedAt = numberedAt;
    }

    public int Start { get; }

    public int End => Start + _spelling.Text.Length;

    public string Text => _spelling.Text;

    public string Lower => _spelling.Lower;

    /// <summary>The word's number among lexicon words (0: in no lexicon), see <see cref="LexiconWords"/>.</summary>
    public int Id => _spelling.Id;

    /// <summary>The lexicon version <see cref="Id"/> was looked up at.</summary>
    public int NumberedAt { get; }

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}

/// <summary>How a word is written, its lowercase form and its lexicon number: one instance per spelling seen.</summary>
internal sealed record Spelling(string Text, string Lower, int Id);

/// <summary>
/// Splits text into words and punctuation: letters and digits with inner apostrophes form a word;
/// a hyphen, comma, colon and the like are words of their own ("Iranian-backed" is three words),
/// so cues and names can be matched on word sequences.
/// </summary>
public static class Words
{
    public static IReadOnlyList<Word> Of(string text)
    {
        var words = new List<Word>(text.Length / 5 + 4);
        var spellings = WordSpellings.ForThisThread;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (!IsWordChar(c))
            {
                words.Add(spellings.Single(i, c));
                i++;
                continue;
            }
            var start = i;
            // The spelling's hash is made while reading it, and that of all but its last two letters kept for possessives.
            var hash = WordSpellings.Step(WordSpellings.Seed, c);
            uint lessOne = WordSpellings.Seed, lessTwo = WordSpellings.Seed;
            i++;
            while (i < text.Length && (IsWordChar(text[i]) || IsInnerApostrophe(text, i) || IsInnerDot(text, i)))
            {
                lessTwo = lessOne;
                lessOne = hash;
                hash = WordSpellings.Step(hash, text[i]);
                i++;
            }
            // "Iran's" → "Iran" + "'s": possessives are their own word so names match.
            if (i - start > 2 && text[i - 1] is 's' or 'S' && text[i - 2] is '\'' or '’')
            {
                words.Add(spellings.Word(start, text.AsSpan(start, i - 2 - start), lessTwo));
                words.Add(spellings.Word(i - 2, text.AsSpan(i - 2, 2), WordSpellings.Step(WordSpellings.Step(WordSpellings.Seed, text[i - 2]), text[i - 1])));
                continue;
            }
            words.Add(spellings.Word(start, text.AsSpan(start, i - start), hash));
        }
        return words;
    }

    private static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    /// <summary>Whether the words from <paramref name="at"/> on are the lowercase <paramref name="phrase"/>.</summary>
    public static bool Spell(IReadOnlyList<Word> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
            return false;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (words[at + k].Lower != phrase[k])
                return false;
        }
        return true;
    }

    /// <summary>The lowercase words of a phrase, for lexicon entries; callers must not change the array.</summary>
    /// <remarks>
    /// The last few answers are kept on each thread, by string instance: every row of a table asks again about
    /// the same header strings. (A weak table would cost the garbage collector a handle for every header.)
    /// </remarks>
    public static string[] Split(string phrase)
    {
        var recent = _recentSplits ??= new (string?, string[])[RecentSplits];
        foreach (var (text, split) in recent)
        {
            if (ReferenceEquals(text, phrase))
                return split;
        }
        var words = Of(phrase).Select(w => w.Lower).ToArray();
        recent[_nextSplit] = (phrase, words);
        _nextSplit = (_nextSplit + 1) % RecentSplits;
        return words;
    }

    private const int RecentSplits = 16;

    [ThreadStatic]
    private static (string? Text, string[] Split)[]? _recentSplits;

    [ThreadStatic]
    private static int _nextSplit;

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    // "U.S." and "3.5" stay one word; a sentence's final dot does not.
    private static bool IsInnerDot(string text, int i) =>
        text[i] == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]);
}
