namespace Entente.Extraction.Claims;

/// <summary>
/// "Wagner says it is leaving Mali, declaring its mission to support the country's military accomplished":
/// a party that leaves the other's country ends the tie the sentence states; it lasted until the report.
/// </summary>
internal static class Departures
{
    private static readonly WordSet Leaving = new("leaving", "leave", "leaves", "quitting", "quits");
    private static readonly WordSet LeavingNouns = new("withdrawal", "withdrawing", "departure", "exit", "pullout", "drawdown");

    /// <summary>Whether the sentence has one of the two parties leave the place the other is named as.</summary>
    public static bool Leaves(IReadOnlyList<Word> words, List<PlacedMention> placed, string one, string other)
    {
        foreach (var p in placed)
        {
            if ((p.ActorId == one || p.ActorId == other) && !p.Adjective && LeftFrom(words, p.First))
                return true;
        }
        return false;
    }

    private static bool LeftFrom(IReadOnlyList<Word> words, int first)
    {
        var i = first - 1;
        if (i >= 0 && words[i].Lower == "the")
            i--;
        if (i < 0)
            return false;
        if (Leaving.Contains(words[i]))
            return true;
        return i >= 1 && words[i].Lower is "from" or "of" && LeavingNouns.Contains(words[i - 1]);
    }
}
