namespace Entente.Extraction.Claims;

// Which cue is nearest an actor, and which actor nearest a cue: plain loops, since these run for every actor a cue may tie to the subject.
internal sealed partial class SubjectReader
{
    /// <summary>
    /// The cue nearest <paramref name="other"/> that passes, the first of equals in the unit's order; none (a null cue) if none passes.
    /// Without <paramref name="mayBelong"/> (neither may belong to the other) a membership cue is passed over: "partnerships with
    /// countries such as Egypt" is read by "partnerships".
    /// </summary>
    /// <remarks>
    /// A sort of the few cues of a unit in place of OrderBy, whose sorter, iterators and key arrays were made for every actor;
    /// <paramref name="ranked"/> is the unit's buffer, as long as <paramref name="cues"/>, and the test a plain call, not a closure per actor.
    /// </remarks>
    private static (int Index, int Length, Cue Value) FirstNearest(IReadOnlyList<Word> words, List<PlacedMention> placed, List<(int Index, int Length, Cue Value)> cues,
        ((int Index, int Length, Cue Value) Cue, int Distance)[] ranked, string subject, PlacedMention other, bool subjectNamed, bool mayBelong)
    {
        var asideEnd = AsideAfter(words, placed, cues, other);
        for (var i = 0; i < cues.Count; i++)
        {
            var c = cues[i];
            var pastAside = asideEnd > 0 && c.Index > asideEnd ? c.Index - asideEnd + 1 : int.MaxValue;
            var entry = (c, Math.Min(Distance(c.Index, c.Length, other), Math.Min(PastRelativeClause(words, c.Index, other), pastAside)));
            // Insertion sort: stable, since an entry only moves past those strictly farther.
            var at = i;
            while (at > 0 && ranked[at - 1].Distance > entry.Item2)
            {
                ranked[at] = ranked[at - 1];
                at--;
            }
            ranked[at] = entry;
        }
        for (var i = 0; i < cues.Count; i++)
        {
            if ((mayBelong || ranked[i].Cue.Value.Relation != RelationType.MemberOf) && Passes(words, placed, ranked[i].Cue, ranked[i].Distance, subject, other, subjectNamed))
                return ranked[i].Cue;
        }
        return default;
    }

    /// <summary>
    /// For each cue, the actor nearest it, with the list it stands in ("mediated by Qatar and Turkey"): "Sadat expelled Soviet
    /// advisors and established a strategic partnership with the United States" has a counterpart for each verb.
    /// </summary>
    private static List<PlacedMention> NearestToACue(IReadOnlyList<Word> words, List<PlacedMention> placed, List<PlacedMention> others, List<(int Index, int Length, Cue Value)> cues)
    {
        var list = new List<PlacedMention>();
        foreach (var c in cues)
        {
            // The first of the nearest, as the first of a stable sort would be: loops, where OrderBy and Min were made for every unit.
            PlacedMention? nearest = null;
            var best = int.MaxValue;
            foreach (var o in others)
            {
                var distance = Distance(c.Index, c.Length, o);
                if (nearest is null || distance < best)
                    (nearest, best) = (o, distance);
            }
            foreach (var p in Placement.ListAround(words, placed, placed.IndexOf(nearest!)))
            {
                if (others.Contains(p) && !HasActor(list, p.ActorId))
                    list.Add(p);
            }
        }
        // In the order of mention, as the candidates are read.
        list.Sort((a, b) => a.First.CompareTo(b.First));
        return list;
    }

    /// <summary>The actors in order of mention, leaving out a label the sentence names again.</summary>
    private static List<PlacedMention> NotNamedAgain(IReadOnlyList<Word> words, List<PlacedMention> others)
    {
        var kept = new List<PlacedMention>(others.Count);
        foreach (var o in others)
        {
            if (!LabelNamedAgain(words, others, o))
                kept.Add(o);
        }
        return kept;
    }

    private static bool HasActor(List<PlacedMention> list, string actorId)
    {
        foreach (var p in list)
        {
            if (p.ActorId == actorId)
                return true;
        }
        return false;
    }
}
