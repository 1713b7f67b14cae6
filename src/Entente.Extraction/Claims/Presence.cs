namespace Entente.Extraction.Claims;

/// <summary>The readers of a nation's presence in another: its forces (TroopPresence) and its companies (CompanyPresence).</summary>
internal static class Presence
{
    public static IEnumerable<Draft> Read(IReadOnlyList<Word> words, List<PlacedMention> placed, string? subject)
    {
        var troops = TroopPresence.Read(words, placed, subject);
        var companies = CompanyPresence.Read(words, placed, subject);
        // Both are lists, most often empty: joined only when both hold drafts.
        return IsEmpty(companies) ? troops : IsEmpty(troops) ? companies : troops.Concat(companies);
    }

    private static bool IsEmpty(IEnumerable<Draft> drafts) => drafts is IReadOnlyCollection<Draft> { Count: 0 };
}
