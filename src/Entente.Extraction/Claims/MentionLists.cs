namespace Entente.Extraction.Claims;

/// <summary>
/// Narrowing a list of mentions the caller owns (<see cref="Placement.ListAround"/> makes a new one each time)
/// in place, in order: what <c>Where(...).ToList()</c> did, without its delegate, closure and iterator for every cue.
/// </summary>
internal static class MentionLists
{
    /// <summary>Keeps the mentions that open at or after <paramref name="from"/>.</summary>
    public static List<PlacedMention> OpeningFrom(this List<PlacedMention> list, int from)
    {
        var kept = 0;
        for (var k = 0; k < list.Count; k++)
        {
            if (list[k].First >= from)
                list[kept++] = list[k];
        }
        list.RemoveRange(kept, list.Count - kept);
        return list;
    }

    /// <summary>Keeps the mentions that end before <paramref name="index"/>.</summary>
    public static List<PlacedMention> EndingBefore(this List<PlacedMention> list, int index)
    {
        var kept = 0;
        for (var k = 0; k < list.Count; k++)
        {
            if (list[k].Last < index)
                list[kept++] = list[k];
        }
        list.RemoveRange(kept, list.Count - kept);
        return list;
    }
}
