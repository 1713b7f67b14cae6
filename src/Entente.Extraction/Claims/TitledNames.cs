namespace Entente.Extraction.Claims;

/// <summary>
/// A relation noun set as a title between two names: "NATO ally Turkey", "US allies Japan and the Philippines". The
/// name before owns the title and the name after bears it; a verb before them acts on the name that bears it.
/// </summary>
internal static class TitledNames
{
    private static readonly WordSet Titles = new("ally", "allies", "partner", "partners", "proxy", "proxies");

    /// <summary>Where the name right after a title at <paramref name="title"/> stands in <paramref name="placed"/> ("ally Turkey"), or -1.</summary>
    public static int NameAfter(IReadOnlyList<Word> words, List<PlacedMention> placed, int title) =>
        title + 1 < words.Count && Titles.Contains(words[title]) ? Placement.IndexOpeningAt(placed, title + 1) : -1;

    /// <summary>Where the name bearing the title that <paramref name="owner"/> owns stands, or -1 ("NATO" in "NATO ally Turkey").</summary>
    public static int BorneAfter(IReadOnlyList<Word> words, List<PlacedMention> placed, PlacedMention owner) =>
        NameAfter(words, placed, owner.Last + 1);
}
