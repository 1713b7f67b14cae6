using Entente.Extraction.Mentions;

namespace Entente.Extraction.Claims;

/// <summary>
/// "the Saudi-led coalition": a bloc whose very name says who leads it. The name is the bloc's, but it also names
/// the leader, and the "led" between them ties the two the way it does in "the Russian-led CSTO", where the names
/// stand apart. Each such mention is split in two, the leader's words and the bloc's, so that the cue readers see
/// the leader, the cue and the bloc as three things.
/// </summary>
internal static class LedNames
{
    private const string Led = "-led ";

    /// <summary>The unit's mentions with each bloc named "X-led …" split into X's mention and the bloc's; the same list when there is none.</summary>
    public static IReadOnlyList<Mention> Split(IReadOnlyList<Mention> mentions, IReadOnlyDictionary<string, Actor> actors, Gazetteer gazetteer)
    {
        List<Mention>? split = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var led = mention.Surface.IndexOf(Led, StringComparison.OrdinalIgnoreCase);
            if (led > 0 && actors.GetValueOrDefault(mention.ActorId)?.Kind == ActorKind.Bloc
                && gazetteer.Find(mention.Surface[..led]) is [{ Start: 0 } leader] && leader.End == led)
            {
                split ??= mentions.Take(k).ToList();
                var rest = led + Led.Length;
                split.Add(leader with { Start = mention.Start, End = mention.Start + led });
                split.Add(mention with { Start = mention.Start + rest, Surface = mention.Surface[rest..] });
            }
            else
            {
                split?.Add(mention);
            }
        }
        return split ?? mentions;
    }
}
