namespace Entente.Extraction.Claims;

// Which of a unit's cues is nearest an actor: a plain sort, since this runs for every actor a cue may tie to the subject.
internal sealed partial class SubjectReader
{
    /// <summary>The cue nearest <paramref name="other"/> that passes, the first of equals in the unit's order; none (a null cue) if none passes.</summary>
    /// <remarks>A sort of the few cues of a unit in place of OrderBy, whose sorter, iterators and key arrays were made for every actor.</remarks>
    private static (int Index, int Length, Cue Value) FirstNearest(IReadOnlyList<Word> words, List<(int Index, int Length, Cue Value)> cues, PlacedMention other,
        Func<((int Index, int Length, Cue Value) Cue, int Distance), bool> passes)
    {
        var ranked = new ((int Index, int Length, Cue Value) Cue, int Distance)[cues.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            var c = cues[i];
            var entry = (c, Math.Min(Distance(c.Index, c.Length, other), PastRelativeClause(words, c.Index, other)));
            // Insertion sort: stable, since an entry only moves past those strictly farther.
            var at = i;
            while (at > 0 && ranked[at - 1].Distance > entry.Item2)
            {
                ranked[at] = ranked[at - 1];
                at--;
            }
            ranked[at] = entry;
        }
        foreach (var r in ranked)
        {
            if (passes(r))
                return r.Cue;
        }
        return default;
    }
}
