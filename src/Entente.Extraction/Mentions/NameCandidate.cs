namespace Entente.Extraction.Mentions;

/// <summary>How a name must be written in a text to count.</summary>
internal enum CaseRule
{
    /// <summary>Its first capitalised word starts with a capital ("Turkey", not "turkey"; "al-Hashd" by "Hashd").</summary>
    Capitalised,

    /// <summary>Exactly in the capitals of the data: acronyms and codes (PIJ, IRN, U.S.), never "pij".</summary>
    ExactCapitals,

    /// <summary>A name with no capital to anchor on ("eSwatini"): its first word exactly as written.</summary>
    ExactFirstWord,
}

/// <summary>
/// One written form of an actor's name, as the trie stores it: the words before its anchor word
/// (<see cref="Lead"/>, keys in reading order, e.g. "al" of "al-Hashd al-Shaabi") and the case rule.
/// <see cref="Letters"/> are the letters and digits an exact rule compares against.
/// </summary>
internal sealed record NameCandidate(string ActorId, NameKind Kind, string Form, CaseRule Rule, string Letters, string[] Lead)
{
    /// <summary>An ambiguous name ("Korea") wins the span it covers and then names no one.</summary>
    public bool Blocks => Kind == NameKind.Ambiguous;

    /// <summary>Has words before its anchor; kept as a flag so the scan need not reach into <see cref="Lead"/>.</summary>
    public bool HasLead { get; } = Lead.Length > 0;

    /// <summary>
    /// A code or acronym that spells a word ("ARE", Emirates' code; "IS"): among words in capitals it
    /// is the word. Codes always count as such: nobody writes "IRN" in a headline.
    /// </summary>
    public bool ReadsAsWord => Kind == NameKind.Iso3 || SpellsWord;

    /// <summary>An acronym or code that is also an English word ("IS", "CAR", "AND").</summary>
    public bool SpellsWord { get; } = Rule == CaseRule.ExactCapitals && EnglishWords.Contains(Letters);

    /// <summary>
    /// Which form names the span when several of one actor fit it: the plain name first, and the
    /// acronym "US" before the alias "U.S." that reads the same; a leader's name ("Aliyev") last.
    /// </summary>
    public int Preference => Kind switch
    {
        NameKind.Name => 0,
        NameKind.Official => 1,
        NameKind.Acronym => 2,
        NameKind.Alias => 3,
        NameKind.Native => 4,
        NameKind.Iso3 => 5,
        NameKind.Capital => 6,
        NameKind.Demonym => 7,
        NameKind.Leader => 8,
        _ => 9,
    };
}
