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

    // The kinds of the actors asked about, by the id's instance: a unit's ids are the gazetteer's few strings, and hashing
    // one by reference is cheaper than hashing its text. Another instance of the same id is asked of the actors again.
    private readonly Dictionary<string, ActorKind?> _kinds = new(ReferenceEqualityComparer.Instance);

    /// <summary>The kind of the actor with this id, or null for an id we hold no actor for.</summary>
    private ActorKind? KindOf(string id)
    {
        ref var kind = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_kinds, id, out var known);
        if (!known)
            kind = actors.TryGetValue(id, out var a) ? a.Kind : null;
        return kind;
    }

    private static List<string> LastTwoNamedBefore(List<PlacedMention> placed, int before) =>
        placed.Where(p => p.Last < before).Select(p => p.ActorId).Reverse().Distinct().Take(2).ToList();
}
