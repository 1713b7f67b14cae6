using System.Buffers;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Claims;

/// <summary>
/// "the Saudi-led coalition": a bloc whose very name says who leads it. The name stays whole, the bloc's (split, the
/// leader would be the one a later "it" stands for), but it states that the leader belongs to the bloc, the way "the
/// Russian-led CSTO" does where the two names stand apart, and the leader shares what the sentence says the bloc does.
/// </summary>
internal static class LedNames
{
    // Found as IndexOf with OrdinalIgnoreCase finds it, without its letter-by-letter walk through the invariant casing for every mention.
    // With each dash a hyphen is typed as: the gazetteer reads "Saudi–led coalition" (an en dash) as the same name.
    private static readonly SearchValues<string> LedSearch =
        SearchValues.Create(["-led ", "–led ", "‑led ", "‐led ", "‒led "], StringComparison.OrdinalIgnoreCase);

    /// <summary>The leader and the bloc of each bloc the unit names as "X-led …"; none for most units, and then no list is made.</summary>
    public static IReadOnlyList<(string Leader, string Bloc)> Read(IReadOnlyList<Mention> mentions, IReadOnlyDictionary<string, Actor> actors, Gazetteer gazetteer)
    {
        List<(string Leader, string Bloc)>? found = null;
        // By index: a foreach over the interface had its enumerator boxed for every unit.
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var led = mention.Surface.AsSpan().IndexOfAny(LedSearch);
            if (led > 0 && actors.GetValueOrDefault(mention.ActorId)?.Kind == ActorKind.Bloc
                && gazetteer.Find(mention.Surface[..led]) is [{ Start: 0 } leader] && leader.End == led)
                (found ??= []).Add((leader.ActorId, mention.ActorId));
        }
        return found ?? (IReadOnlyList<(string, string)>)[];
    }

    /// <summary>
    /// "A Saudi-led coalition armed with U.S. weaponry": what the unit says the led bloc does or receives, its leader does
    /// or receives too. Its membership of the bloc is not shared, nor a tie to the leader itself.
    /// </summary>
    public static void ShareWithLeaders(List<ExtractedClaim> claims, int from, IReadOnlyList<(string Leader, string Bloc)> led)
    {
        var count = claims.Count;
        foreach (var (leader, bloc) in led)
        {
            for (var k = from; k < count; k++)
            {
                var c = claims[k];
                if (c.Relation == RelationType.MemberOf || c.Subject == leader || c.Object == leader)
                    continue;
                if (c.Subject == bloc)
                    claims.Add(c with { Subject = leader, Rule = c.Rule + "+leader" });
                else if (c.Object == bloc)
                    claims.Add(c with { Object = leader, Rule = c.Rule + "+leader" });
            }
        }
    }
}
