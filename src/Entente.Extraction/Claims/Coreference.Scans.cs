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

    // The kinds of the first actors asked about, by the id's instance: a document's ids are the gazetteer's few strings, and
    // comparing references is cheaper than hashing text. Another instance of an id, or an id past these, is asked of the actors.
    private const int KindsKept = 16;
    private readonly string?[] _kindIds = new string?[KindsKept];
    private readonly ActorKind?[] _kinds = new ActorKind?[KindsKept];
    private int _kindCount;

    /// <summary>The kind of the actor with this id, or null for an id we hold no actor for.</summary>
    private ActorKind? KindOf(string id)
    {
        for (var k = 0; k < _kindCount; k++)
        {
            if (ReferenceEquals(_kindIds[k], id))
                return _kinds[k];
        }
        var kind = actors.TryGetValue(id, out var a) ? a.Kind : (ActorKind?)null;
        if (_kindCount < KindsKept)
            (_kindIds[_kindCount], _kinds[_kindCount++]) = (id, kind);
        return kind;
    }

    private static List<string> LastTwoNamedBefore(List<PlacedMention> placed, int before) =>
        placed.Where(p => p.Last < before).Select(p => p.ActorId).Reverse().Distinct().Take(2).ToList();
}
