namespace Entente.Extraction.Claims;

/// <summary>
/// Sentences that tie one actor to the document's subject with a cue but without naming both around
/// it: "India is a rival too" in a piece about China, "Iran is an important economic partner rather
/// than an ally". Each actor the cue readers left unpaired gets the nearest cue of its clause, if
/// the subject is named in the unit or the unit names that actor alone. Questions assert nothing.
/// </summary>
internal sealed class SubjectReader(CueLexicon lexicon, Qualifiers qualifiers, ClaimBuilder builder)
{
    private const int Reach = 12;

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { ";", ".", "but", "while", "whereas", "although", "though", "however", ":" };

    public IEnumerable<ExtractedClaim> Read(string subject, IReadOnlyList<Word> words, List<PlacedMention> placed, ISet<string> paired, UnitFacts facts, PartialDate formerEnd)
    {
        if (words.Count == 0 || words[^1].Lower == "?")
            yield break;
        var others = placed.Where(p => p.ActorId != subject && !paired.Contains(p.ActorId)).ToList();
        var subjectNamed = placed.Any(p => p.ActorId == subject);
        if (others.Count == 0 || (!subjectNamed && others.Select(o => o.ActorId).Distinct().Count() > 1))
            yield break;
        var cues = lexicon.Cues.FindAll(words)
            .Where(c => !placed.Any(p => p.First <= c.Index && c.Index <= p.Last))
            .ToList();
        if (cues.Count == 0)
            yield break;
        foreach (var other in others.DistinctBy(o => o.ActorId))
        {
            var nearest = cues
                .Select(c => (Cue: c, Distance: Distance(c.Index, c.Length, other)))
                .Where(c => c.Distance <= Reach && !Crosses(words, c.Cue.Index, c.Cue.Length, other))
                .OrderBy(c => c.Distance)
                .Select(c => c.Cue)
                .FirstOrDefault();
            if (nearest.Value is null)
                continue;
            var claim = Claim(subject, other, nearest, words, facts);
            var near = Enumerable.Range(Math.Max(0, other.First - 3), Math.Min(3, other.First)).Concat(Enumerable.Range(Math.Max(0, nearest.Index - 3), Math.Min(3, nearest.Index)))
                .Select(i => words[i]).ToList();
            yield return qualifiers.Former(near) && claim.Validity.Until is null ? claim with { Validity = StructureReader.Ended(claim.Validity, formerEnd) } : claim;
        }
    }

    private ExtractedClaim Claim(string subject, PlacedMention other, (int Index, int Length, Cue Value) found, IReadOnlyList<Word> words, UnitFacts facts)
    {
        var cue = found.Value;
        var areas = cue.Hostile ? [] : cue.Areas.Concat(facts.Areas).Distinct().ToList();
        // A backer named after the cue ("backed by X"), a sponsor noun ("its backer X") or a support
        // verb the other actor governs ("X arms ...") make the other actor the giving side.
        var otherGives = cue.Reversed
            || (cue.Form == CueForm.Passive && other.First > found.Index)
            || (cue.Form == CueForm.Active && other.Last < found.Index);
        var (source, target) = otherGives ? (other.ActorId, subject) : (subject, other.ActorId);
        var relation = cue.Relation ?? builder.Infer(source, target, areas);
        var negated = qualifiers.Negated(words, Math.Max(0, found.Index - 3), found.Index);
        return new ExtractedClaim(source, target, relation, facts.Start, facts.End, $"subject:{cue.Words[0]}")
        {
            Areas = relation.IsHostile() ? [] : areas,
            Directed = !cue.Mutual && relation.IsDirectedByDefault(),
            Polarity = negated ? Polarity.Denies : Polarity.Asserts,
            Hedged = cue.Hedged || facts.Hedged,
            Validity = facts.Validity,
        };
    }

    private static int Distance(int index, int length, PlacedMention other) =>
        other.Last < index ? index - other.Last : Math.Max(0, other.First - (index + length - 1));

    /// <summary>Whether a clause break lies between the cue and the actor.</summary>
    private static bool Crosses(IReadOnlyList<Word> words, int index, int length, PlacedMention other)
    {
        var (from, to) = other.Last < index ? (other.Last + 1, index) : (index + length, other.First);
        for (var i = from; i < to; i++)
        {
            if (ClauseBreaks.Contains(words[i].Lower))
                return true;
        }
        return false;
    }
}
