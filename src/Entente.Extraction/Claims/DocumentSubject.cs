using Entente.Extraction.Documents;
using Entente.Extraction.Mentions;
using Entente.Extraction.Segmentation;

namespace Entente.Extraction.Claims;

/// <summary>What a document is about: the first actor its title names, else the actor it names most (headings count double).</summary>
internal static class DocumentSubject
{
    public static string? Find(CleanDocument document, IEnumerable<(Unit Unit, IReadOnlyList<Mention> Mentions)> units, Func<string, IReadOnlyList<Mention>> mentions)
    {
        if (document.Title is { Length: > 0 } title && mentions(title).OrderBy(m => m.Start).FirstOrDefault() is { } inTitle)
            return inTitle.ActorId;
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
        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First().Key;
    }
}
