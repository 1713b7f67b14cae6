namespace Entente.Extraction.Claims;

/// <summary>
/// "Chad ended its defence cooperation pact with France in late 2024": the tie the agreement made is a
/// former one. The verb stands too far before the cue for the window the "former" words are looked for in.
/// </summary>
internal static class EndedAgreements
{
    private static readonly WordSet Ending = new(
        "ended", "ends", "terminated", "terminates", "scrapped", "scraps", "tore", "tears", "revoked", "revokes", "renounced", "renounces",
        "abrogated", "annulled", "cancelled", "canceled", "quit", "exited", "left");

    private static readonly WordSet AgreementNouns = new("pact", "treaty", "agreement", "accord", "accords", "agreements", "pacts", "treaties");

    /// <summary>Whether an ending verb stands within four words before the agreement noun the cue at <paramref name="cue"/> opens with or holds.</summary>
    public static bool Ended(IReadOnlyList<Word> words, int cue)
    {
        var noun = -1;
        for (var i = cue; i < Math.Min(words.Count, cue + 5) && words[i].Lower != "with"; i++)
        {
            if (AgreementNouns.Contains(words[i]))
                noun = i;
        }
        if (noun < 0)
            return false;
        for (var i = noun - 1; i >= Math.Max(0, noun - 5); i--)
        {
            if (Ending.Contains(words[i]))
                return true;
        }
        return false;
    }
}
