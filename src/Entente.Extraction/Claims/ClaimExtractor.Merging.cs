namespace Entente.Extraction.Claims;

// A statement found more than once in a document is one claim.
public sealed partial class ClaimExtractor
{
    /// <summary>The same statement found twice (a sentence and a table row) is one claim, with the areas of both.</summary>
    /// <remarks>Kept in the order each statement was first found.</remarks>
    private static List<ExtractedClaim> Merge(List<ExtractedClaim> claims)
    {
        var merged = new List<ExtractedClaim>(claims.Count);
        // The joined areas of a statement found more than once; most are found once and keep their own list.
        // This list and the table of statements are the thread's, emptied: a table made for every document was a
        // sixtieth of all that reading claims allocated.
        var areas = _areas ??= [];
        var at = _at ??= [];
        // Empty unless a document before threw while being merged.
        areas.Clear();
        at.Clear();
        foreach (var claim in claims)
        {
            if (at.TryGetValue(claim.Key, out var k))
            {
                merged[k] = merged[k] with { Hedged = merged[k].Hedged && claim.Hedged };
                AddNew(areas[k] ??= AddNew(new List<Area>(merged[k].Areas.Count + claim.Areas.Count), merged[k].Areas), claim.Areas);
                continue;
            }
            at.Add(claim.Key, merged.Count);
            merged.Add(claim);
            areas.Add(HasRepeats(claim.Areas) ? AddNew(new List<Area>(claim.Areas.Count), claim.Areas) : null);
        }
        for (var k = 0; k < merged.Count; k++)
        {
            if (areas[k] is { } joined)
                merged[k] = merged[k] with { Areas = joined };
        }
        // Emptied after, not kept full of this document's claims; a giant document's room is not kept for good.
        areas.Clear();
        at.Clear();
        if (at.EnsureCapacity(0) > MaxKeptStatements)
            (_at, _areas) = (null, null);
        return merged;
    }

    [ThreadStatic]
    private static Dictionary<(string, string, RelationType, Polarity), int>? _at;

    [ThreadStatic]
    private static List<List<Area>?>? _areas;

    private const int MaxKeptStatements = 4096;

    private static bool HasRepeats(IReadOnlyList<Area> areas)
    {
        for (var i = 1; i < areas.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (areas[i] == areas[j])
                    return true;
            }
        }
        return false;
    }

    private static List<Area> AddNew(List<Area> into, IReadOnlyList<Area> areas)
    {
        foreach (var area in areas)
        {
            if (!into.Contains(area))
                into.Add(area);
        }
        return into;
    }
}
