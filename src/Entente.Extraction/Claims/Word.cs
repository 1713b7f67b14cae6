using System.Runtime.CompilerServices;

namespace Entente.Extraction.Claims;

/// <summary>A word or punctuation mark of a unit, with its place in the unit's text.</summary>
/// <remarks>
/// Sixteen bytes: the spelling (text, lowercase form) is shared by every occurrence of the word, so a unit's
/// word array is half the size it would be with those fields copied into each word, and so is every copy. The
/// lexicon number and version stay inline, since phrase tables test them for every word.
/// </remarks>
public readonly record struct Word
{
    private readonly Spelling _spelling;
    private readonly ushort _id;
    private readonly ushort _numberedAt;

    public Word(int start, int end, string text, string lower)
        : this(start, new Spelling(text, lower, 0), 0)
    {
        if (end != start + text.Length)
            throw new ArgumentException("A word ends where its text does.", nameof(end));
    }

    /// <summary>A word whose spelling's number the caller has at hand (<paramref name="id"/>), so the spelling is not read for it.</summary>
    internal Word(int start, Spelling spelling, int id, int numberedAt)
    {
        Start = start;
        _spelling = spelling;
        if (id <= ushort.MaxValue && numberedAt <= ushort.MaxValue)
            (_id, _numberedAt) = ((ushort)id, (ushort)numberedAt);
    }

    internal Word(int start, Spelling spelling, int numberedAt)
    {
        Start = start;
        _spelling = spelling;
        // A number or version too big to keep inline is kept as "numbered at no version": readers then compare the text, as they must for any word numbered before their lexicon.
        if (spelling.Id <= ushort.MaxValue && numberedAt <= ushort.MaxValue)
            (_id, _numberedAt) = ((ushort)spelling.Id, (ushort)numberedAt);
    }

    public int Start { get; }

    public int End => Start + _spelling.Text.Length;

    public string Text => _spelling.Text;

    public string Lower => _spelling.Lower;

    /// <summary>The word's number among lexicon words (0: in no lexicon), see <see cref="LexiconWords"/>.</summary>
    public int Id => _numberedAt != 0 ? _id : _spelling.Id;

    /// <summary>The lexicon version <see cref="Id"/> was looked up at (0: none, compare the text).</summary>
    public int NumberedAt => _numberedAt;

    public bool IsCapitalized => _spelling.Capitalized;
}

/// <summary>How a word is written, its lowercase form and its lexicon number: one instance per spelling seen.</summary>
internal sealed record Spelling(string Text, string Lower, int Id)
{
    /// <summary>Whether the word opens with a capital: kept with the spelling, since readers ask it of word after word.</summary>
    /// <remarks>Set from the text when made: a copy with another text must be made anew, not with <c>with</c>.</remarks>
    public bool Capitalized { get; } = Text.Length > 0 && char.IsUpper(Text[0]);
}
