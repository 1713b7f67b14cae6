using System.Globalization;

namespace Entente.Extraction.Claims;

/// <summary>
/// The strings of the words seen so far, so that splitting a unit allocates no string for a word met
/// before, and lowercase forms are shared instances (equal words then compare by reference). One cache
/// per thread; it starts afresh when it grows past a bound, so odd text cannot make it grow forever.
/// </summary>
internal sealed class WordSpellings
{
    private const int MaxEntries = 200_000;

    [ThreadStatic]
    private static WordSpellings? _current;

    private readonly Dictionary<string, Spelling> _bySpelling = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Spelling>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _version;

    private WordSpellings() => _lookup = _bySpelling.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly record struct Spelling(string Text, string Lower, int Id);

    /// <summary>This thread's cache, emptied when the lexicons numbered new words since it was filled.</summary>
    public static WordSpellings ForThisThread
    {
        get
        {
            var spellings = _current ??= new WordSpellings();
            var version = LexiconWords.Version;
            if (spellings._version != version)
            {
                spellings._bySpelling.Clear();
                spellings._version = version;
            }
            return spellings;
        }
    }

    public Word Word(int start, ReadOnlySpan<char> spelling)
    {
        if (!_lookup.TryGetValue(spelling, out var known))
        {
            if (_bySpelling.Count >= MaxEntries)
                _bySpelling.Clear();
            var text = spelling.ToString();
            var lower = Lowered(text);
            known = new Spelling(text, lower, LexiconWords.Find(lower));
            _bySpelling[text] = known;
        }
        return new Word(start, start + spelling.Length, known.Text, known.Lower) { Id = known.Id, NumberedAt = _version };
    }

    private string Lowered(string text)
    {
        var lower = text.Replace('’', '\'').ToLower(CultureInfo.InvariantCulture);
        if (lower == text)
            return text;
        // Share the lowercase instance with the word written in lowercase, so both compare by reference.
        if (_lookup.TryGetValue(lower, out var same))
            return same.Lower;
        _bySpelling[lower] = new Spelling(lower, lower, LexiconWords.Find(lower));
        return lower;
    }
}
