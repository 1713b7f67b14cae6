namespace Entente.Extraction.Claims;

/// <summary>The readers of a nation's presence in another: its forces (TroopPresence) and its companies (CompanyPresence).</summary>
internal static class Presence
{
    public static IEnumerable<Draft> Read(IReadOnlyList<Word> words, List<PlacedMention> placed, string? subject) =>
        TroopPresence.Read(words, placed, subject).Concat(CompanyPresence.Read(words, placed, subject));
}
