using Entente.Extraction.Documents;
using Entente.Extraction.Mentions;
using Entente.Extraction.Segmentation;

namespace Entente.Extraction.Claims;

/// <summary>
/// What a document is about: of the actors its title names, the one the text names most (headings count
/// double, and "the group" counts for the armed group or movement last named); without a name in the
/// title, the actor named most.
/// </summary>
internal static class DocumentSubject
{
    public static string? Find(CleanDocument document, IReadOnlyList<Unit> units, IReadOnlyList<IReadOnlyList<Mention>> named,
        Func<string, IReadOnlyList<Mention>> mentions, Func<string, bool> isNonState)
    {
        var counts = new Dictionary<string, (int Count, int First)>();
        var order = 0;
        string? lastGroup = null;
        for (var u = 0; u < units.Count; u++)
        {
            var (unit, found) = (units[u], named[u]);
            var weight = unit.Block.Kind == BlockKind.Heading ? 2 : 1;
            for (var k = 0; k < found.Count; k++)
            {
                var m = found[k];
                var (count, first) = counts.GetValueOrDefault(m.ActorId, (0, order++));
                counts[m.ActorId] = (count + weight, first);
            }
            if (lastGroup is not null && GroupWords(unit.Text) is var references and > 0)
                counts[lastGroup] = (counts[lastGroup].Count + references, counts[lastGroup].First);
            for (var k = found.Count - 1; k >= 0; k--)
            {
                if (isNonState(found[k].ActorId))
                {
                    lastGroup = found[k].ActorId;
                    break;
                }
            }
        }
        // The title names the subject when it names anyone; of several ("Israel-Hezbollah truce"), the one the text is most about.
        if (document.Title is { Length: > 0 } title && mentions(title).OrderBy(m => m.Start).Select(m => m.ActorId).Distinct().ToList() is { Count: > 0 } inTitle)
            return MostAbout(inTitle, counts);
        return counts.Count == 0 ? null : MostNamed(counts);
    }

    /// <summary>Of the title's actors, the one named most, less one for each place it stands back in the title; the first on a tie.</summary>
    private static string MostAbout(List<string> inTitle, Dictionary<string, (int Count, int First)> counts)
    {
        var best = inTitle[0];
        var bestScore = counts.GetValueOrDefault(best).Count;
        for (var i = 1; i < inTitle.Count; i++)
        {
            var score = counts.GetValueOrDefault(inTitle[i]).Count - i;
            if (score > bestScore)
                (best, bestScore) = (inTitle[i], score);
        }
        return best;
    }

    /// <summary>The actor named most; on a tie, the one named first.</summary>
    private static string MostNamed(Dictionary<string, (int Count, int First)> counts)
    {
        string? best = null;
        (int Count, int First) bestSeen = default;
        foreach (var (id, seen) in counts)
        {
            if (best is null || seen.Count > bestSeen.Count || (seen.Count == bestSeen.Count && seen.First < bestSeen.First))
                (best, bestSeen) = (id, seen);
        }
        return best!;
    }

    private static readonly string[] GroupNouns = ["the group", "the movement", "the militia", "the organisation", "the organization"];

    private static int GroupWords(string text)
    {
        var count = 0;
        foreach (var noun in GroupNouns)
        {
            for (var at = text.IndexOf(noun, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(noun, at + noun.Length, StringComparison.OrdinalIgnoreCase))
                count++;
        }
        return count;
    }
}
