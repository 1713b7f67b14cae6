using Entente.Extraction.Documents;
using Entente.Extraction.Mentions;
using Entente.Extraction.Segmentation;

namespace Entente.Extraction.Claims;

/// <summary>What a document is about: the first actor its title names, else the actor it names most (headings count double).</summary>
internal static class DocumentSubject
{
    public static string? Find(CleanDocument document, IEnumerable<(Unit Unit, IReadOnlyList<Mention> Mentions)> units, Func<string, IReadOnlyList<Mention>> mentions)
    {
        var counts = new Dictionary<string, (int Count, int First)>();
        var order = 0;
        foreach (var (unit, found) in units)
        {
            var weight = unit.Block.Kind == BlockKind.Heading ? 2 : 1;
            foreach (var m in found)
            {
                var (count, first) = counts.GetValueOrDefault(m.ActorId, (0, order++));
                counts[m.ActorId] = (count + weight, first);
            }
        }
        // The title names the subject when it names anyone; of several ("Israel-Hezbollah truce"), the one the text is most about.
        if (document.Title is { Length: > 0 } title && mentions(title).OrderBy(m => m.Start).Select(m => m.ActorId).Distinct().ToList() is { Count: > 0 } inTitle)
            return inTitle.Select((id, i) => (Id: id, Score: counts.GetValueOrDefault(id).Count - i)).OrderByDescending(t => t.Score).First().Id;
        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First().Key;
    }
}
