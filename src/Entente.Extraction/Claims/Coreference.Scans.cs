namespace Entente.Extraction.Claims;

// Where in a unit's mentions a resolved reference goes, and what it may stand for.
internal sealed partial class Coreference
{
    // Loops, not lambdas over the loop index: those had their closure made for every unit resolved, a match or not.
    private static bool Covers(List<PlacedMention> placed, int first, int last)
    {
        foreach (var p in placed)
        {
            if (p.First <= last && p.Last >= first)
                return true;
        }
        return false;
    }

    /// <summary>Where a mention opening after <paramref name="i"/> is to be inserted: before the first that opens after it, else last.</summary>
    private static int FirstAfter(List<PlacedMention> placed, int i)
    {
        for (var k = 0; k < placed.Count; k++)
        {
            if (placed[k].First > i)
                return k;
        }
        return placed.Count;
    }

    private static List<string> LastTwoNamedBefore(List<PlacedMention> placed, int before) =>
        placed.Where(p => p.Last < before).Select(p => p.ActorId).Reverse().Distinct().Take(2).ToList();
}
