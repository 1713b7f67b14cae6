using Entente.Extraction.Mentions;

namespace Entente.Extraction.Claims;

/// <summary>
/// "the Saudi-led coalition": a bloc whose very name says who leads it. The name stays whole, the bloc's (splitting
/// it would make the leader a party, and the one a later "it" stands for), but it states that the leader belongs to
/// the bloc, the way "the Russian-led CSTO" does where the two names stand apart.
/// </summary>
internal static class LedNames
{
    private const string Led = "-led ";

    /// <summary>The leader and the bloc of each bloc the unit names as "X-led …"; none for most units.</summary>
    public static IEnumerable<(string Leader, string Bloc)> Read(IReadOnlyList<Mention> mentions, IReadOnlyDictionary<string, Actor> actors, Gazetteer gazetteer)
    {
        foreach (var mention in mentions)
        {
            var led = mention.Surface.IndexOf(Led, StringComparison.OrdinalIgnoreCase);
            if (led > 0 && actors.GetValueOrDefault(mention.ActorId)?.Kind == ActorKind.Bloc
                && gazetteer.Find(mention.Surface[..led]) is [{ Start: 0 } leader] && leader.End == led)
                yield return (leader.ActorId, mention.ActorId);
        }
    }
}
