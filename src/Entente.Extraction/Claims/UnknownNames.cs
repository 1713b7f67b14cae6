namespace Entente.Extraction.Claims;

/// <summary>
/// "membership of the Nuclear Suppliers Group": a cue word inside the capitalised name of an
/// organisation we do not know is part of that name, not a statement. Named agreements stay
/// statements ("signed a Comprehensive Strategic Partnership Treaty with Russia").
/// </summary>
internal static class UnknownNames
{
    // The words an organisation's or a law's name ends with; a treaty's or a partnership's name ends otherwise.
    private static readonly WordSet OrganisationHeads = new(
        "group", "organisation", "organization", "council", "forum", "club", "bank", "fund", "agency", "committee", "commission",
        "association", "institute", "institution", "movement", "front", "union", "league", "party", "corps", "forces", "brigades",
        "company", "corporation", "network", "office", "ministry", "department", "service", "services", "brotherhood", "army", "militia", "guard", "coalition",
        // "the Alien Enemies Act": a law's name is no statement either.
        "act", "doctrine");

    public static bool Inside(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int length)
    {
        if (!words[index].IsCapitalized)
            return false;
        var last = index + length - 1;
        while (last + 1 < words.Count && UnknownCapital(words, placed, last + 1))
            last++;
        var first = index;
        while (first > 0 && UnknownCapital(words, placed, first - 1))
            first--;
        return last > first && OrganisationHeads.Contains(words[last]);
    }

    /// <summary>Whether an organisation we do not know is named from <paramref name="first"/> on ("Polisario Front").</summary>
    public static bool OrganisationAt(IReadOnlyList<Word> words, List<PlacedMention> placed, int first)
    {
        var last = first;
        while (last + 1 < words.Count && UnknownCapital(words, placed, last + 1))
            last++;
        return UnknownCapital(words, placed, first) && OrganisationHeads.Contains(words[last]);
    }

    private static bool UnknownCapital(IReadOnlyList<Word> words, List<PlacedMention> placed, int i) =>
        words[i].IsCapitalized && !Placement.Covers(placed, i);
}
