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

    // "The U.S. and South Korean governments say ...": whoever says, warns or accuses reports a relation, it is not a party to it.
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "told", "tells", "warn", "warns", "warned", "accuse", "accuses", "accused", "argue", "argues", "argued",
        "claim", "claims", "claimed", "believe", "believes", "believed", "allege", "alleges", "alleged", "estimate", "estimates", "assess", "assesses", "noted", "notes",
    };

    private static readonly HashSet<string> PossessivePronouns = new(StringComparer.Ordinal) { "its", "their", "his", "her" };

    public IEnumerable<ExtractedClaim> Read(string subject, IReadOnlyList<Word> words, List<PlacedMention> placed, ISet<string> paired, UnitFacts facts, PartialDate formerEnd)
    {
        if (words.Count == 0 || words[^1].Lower == "?")
            yield break;
        var others = placed.Where(p => p.ActorId != subject && !paired.Contains(p.ActorId) && !p.Adjective && !Speaks(words, p)).ToList();
        var subjectNamed = placed.Any(p => p.ActorId == subject);
        if (others.Count == 0)
            yield break;
        var cues = lexicon.Cues.FindAll(words)
            .Where(c => !placed.Any(p => p.First <= c.Index && c.Index <= p.Last) && !Attached(words, c.Index, c.Value))
            .ToList();
        if (cues.Count == 0)
            yield break;
        // Without the subject named, only the actor nearest the cue can be the subject's counterpart.
        var candidates = subjectNamed ? others.DistinctBy(o => o.ActorId).ToList() : NearestToACue(others, cues);
        foreach (var other in candidates)
        {
            var nearest = cues
                .Select(c => (Cue: c, Distance: Distance(c.Index, c.Length, other)))
                .Where(c => c.Distance <= Reach && !Crosses(words, c.Cue.Index, c.Cue.Length, other) && Fits(c.Cue.Value, c.Cue.Index, other)
                    && OwnerAllows(words, placed, c.Cue.Index, subject, other))
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
        if (relation == RelationType.MemberOf)
            (source, target) = builder.IsBloc(subject) ? (other.ActorId, subject) : (subject, other.ActorId);
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

    private static List<PlacedMention> NearestToACue(List<PlacedMention> others, List<(int Index, int Length, Cue Value)> cues) =>
        others.OrderBy(o => cues.Min(c => Distance(c.Index, c.Length, o))).Take(1).ToList();

    /// <summary>"Iranian-backed", "pro-Russian": the cue belongs to the name it is glued to, which the compound reader has read.</summary>
    private static bool Attached(IReadOnlyList<Word> words, int index, Cue cue) =>
        cue.Form is CueForm.Compound or CueForm.Prefix || (index > 0 && words[index - 1].Lower == "-") || (index + 1 < words.Count && words[index + 1].Lower == "-");

    /// <summary>
    /// A noun another actor owns ("Iran's allies, above all the Houthis"; "Mali and its partners")
    /// ties its owner's counterparts, not the subject's; the owner itself is the subject's counterpart
    /// only when the subject is said to be it ("Belarus is Russia's closest military ally").
    /// </summary>
    private static bool OwnerAllows(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, string subject, PlacedMention other)
    {
        var owner = Owner(words, placed, index);
        if (owner is null || owner.ActorId == subject)
            return true;
        if (owner.ActorId != other.ActorId)
            return false;
        var subjectBefore = placed.LastOrDefault(p => p.ActorId == subject && p.Last < owner.First);
        return subjectBefore is not null && Enumerable.Range(subjectBefore.Last + 1, owner.First - subjectBefore.Last - 1).Any(i => Copulas.Contains(words[i].Lower));
    }

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "are", "was", "were", "remains", "remain", "became", "become", "becomes", "counts", "serves" };

    private static PlacedMention? Owner(IReadOnlyList<Word> words, List<PlacedMention> placed, int index)
    {
        for (var i = index - 1; i >= Math.Max(0, index - 3); i--)
        {
            if (words[i].Lower == "'s")
                return placed.LastOrDefault(p => p.Last == i - 1);
            if (PossessivePronouns.Contains(words[i].Lower))
                return placed.LastOrDefault(p => p.Last < i);
        }
        return null;
    }

    /// <summary>A mediation cue names its mediator right before it ("Oman mediated", "China-brokered"); the parties after it are not mediators.</summary>
    private static bool Fits(Cue cue, int index, PlacedMention other) =>
        cue.Form != CueForm.Mediation || (other.Last < index && index - other.Last <= 3);

    private static bool Speaks(IReadOnlyList<Word> words, PlacedMention mention)
    {
        for (var i = mention.Last + 1; i < Math.Min(words.Count, mention.Last + 5); i++)
        {
            if (SpeechVerbs.Contains(words[i].Lower))
                return true;
        }
        return mention.First >= 2 && words[mention.First - 2].Lower == "according" && words[mention.First - 1].Lower == "to";
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
