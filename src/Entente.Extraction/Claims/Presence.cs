namespace Entente.Extraction.Claims;

/// <summary>The readers of a nation's presence in another: its forces (TroopPresence) and its companies (CompanyPresence).</summary>
internal static class Presence
{
    // Each reader starts from one of these nouns: a unit with none of them (most units) is passed over in one look at its words.
    internal static readonly string[] NounWords = [.. TroopPresence.ForceNounWords, .. CompanyPresence.CompanyNounWords];

    private static readonly WordSet Nouns = new(NounWords);

    public static IEnumerable<Draft> Read(IReadOnlyList<Word> words, List<PlacedMention> placed, string? subject)
    {
        if (placed.Count == 0 || !HoldsANoun(words))
            return [];
        var troops = TroopPresence.Read(words, placed, subject);
        var companies = CompanyPresence.Read(words, placed, subject);
        // Both are lists, most often empty: joined only when both hold drafts.
        return IsEmpty(companies) ? troops : IsEmpty(troops) ? companies : troops.Concat(companies);
    }

    private static bool HoldsANoun(IReadOnlyList<Word> words)
    {
        var all = words is List<Word> list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : words.ToArray();
        foreach (ref readonly var word in all)
        {
            if (Nouns.Contains(word))
                return true;
        }
        return false;
    }

    private static bool IsEmpty(IEnumerable<Draft> drafts) => drafts is IReadOnlyCollection<Draft> { Count: 0 };
}
