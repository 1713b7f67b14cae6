namespace Entente.Extraction.Claims;

/// <summary>
/// What the cue readers already made of a unit: the actors they tied to the subject, and the cues (by
/// word index) that did so, which the subject-centred reader must not spend again ("Niger recalled its
/// ambassador from Algiers in solidarity with Bamako").
/// </summary>
internal sealed record UnitPairs(ISet<string> Actors, ISet<int> Cues);

/// <summary>
/// Sentences that tie one actor to the document's subject with a cue but without naming both around
/// it: "India is a rival too" in a piece about China, "Iran is an important economic partner rather
/// than an ally". Each actor the cue readers left unpaired gets the nearest cue of its clause, if
/// the subject is named in the unit or the unit names that actor alone. Questions assert nothing.
/// Whose noun a cue is (SubjectReader.Ownership.cs) and how far it reaches (SubjectReader.Reach.cs)
/// are kept apart.
/// </summary>
internal sealed partial class SubjectReader(CueLexicon lexicon, Qualifiers qualifiers, ClaimBuilder builder)
{
    private const int Reach = 12;

    public IEnumerable<ExtractedClaim> Read(string subject, IReadOnlyList<Word> words, List<PlacedMention> placed, UnitPairs read, UnitFacts facts, PartialDate formerEnd)
    {
        // No cue, no claim: asked first because it is known already (CuesIn keeps the unit's answer) and most units have none.
        // Asked before any iterator or closure is made for the unit.
        if (words.Count == 0 || words[^1].Lower == "?" || lexicon.CuesIn(words).Count == 0)
            return [];
        var others = Others(subject, words, placed, read.Actors);
        return others.Count == 0 ? [] : ReadCued(subject, words, placed, read, facts, formerEnd, others);
    }

    /// <summary>The actors a cue might tie to the subject: named as actors, not yet paired, not the subject's own.</summary>
    private static List<PlacedMention> Others(string subject, IReadOnlyList<Word> words, List<PlacedMention> placed, ISet<string> paired)
    {
        var others = new List<PlacedMention>();
        foreach (var p in placed)
        {
            if (p.ActorId != subject && !paired.Contains(p.ActorId) && !p.Adjective && !Speaks(words, p) && !Modifies(words, p) && !Placement.IsPlace(words, p)
                && !OwnsTheSubject(words, placed, p, subject) && !SecondOfAJoinedPair(words, placed, p))
                others.Add(p);
        }
        return others;
    }

    private IEnumerable<ExtractedClaim> ReadCued(string subject, IReadOnlyList<Word> words, List<PlacedMention> placed, UnitPairs read, UnitFacts facts, PartialDate formerEnd, List<PlacedMention> others)
    {
        var subjectNamed = placed.Exists(p => p.ActorId == subject);

        var cues = new List<(int Index, int Length, Cue Value)>();
        foreach (var c in lexicon.CuesIn(words))
        {
            if (c.Value.Form != CueForm.Paired && !Mood(words, c.Index, c.Length) && !ScareQuoted(words, c) && !UnassertedCues.Unasserted(words, c.Index, c.Length) && !(EventNouns.Contains(words[c.Index].Lower) && (Condemned(words, c.Index) || EventDates.OnlyDates(words, c.Index, c.Index))) && !(c.Value.Hostile && GuardedAgainst(words, c.Index)) && !read.Cues.Contains(c.Index) && !Placement.Covers(placed, c.Index) && !UnknownNames.Inside(words, placed, c.Index, c.Length) && !Attached(words, c.Index, c.Length, c.Value) && !DescribesPair(words, c.Index))
                cues.Add(c);
        }
        // "Moscow signed a mutual-defence treaty with Pyongyang" in a piece about Seoul: without the subject
        // named, a cue standing between two other actors ties them to each other, not to the subject.
        if (!subjectNamed)
        {
            // "Israel bombed the Houthi-controlled port": a name glued to the object still names whom the verb struck;
            // in "Houthi attacks on Israel" the demonym is the attacker.
            var named = placed.Where(p => p.ActorId != subject && !Placement.IsPlace(words, p) && !Speaks(words, p)).ToList();
            cues.RemoveAll(c => Between(words, named, c.Index, c.Length));
        }
        if (cues.Count == 0)
            yield break;
        // Without the subject named, only the actor nearest the cue can be the subject's counterpart.
        // "Morocco -- Algeria cut relations, accusing Rabat of hostile acts": a bullet's label stands apart from
        // the sentence; where the sentence names the actor again, that name is the one to read.
        var candidates = subjectNamed
            ? NotNamedAgain(words, others)
            : NearestToACue(words, placed, others, cues);
        (PlacedMention Member, (int Index, int Length, Cue Value) Cue)? listed = null;
        var partnerNamed = RelationsWith(words, placed);
        // An actor named again after a contrast is read there too if its first name found no cue: "Tokyo has
        // no embassy in Taipei, but Japan is one of the island's closest partners".
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var firstNamed = new Dictionary<string, PlacedMention>(StringComparer.Ordinal);
        foreach (var other in candidates)
        {
            if (claimed.Contains(other.ActorId))
                continue;
            if (!firstNamed.TryAdd(other.ActorId, other) && ContrastAfter(words, firstNamed[other.ActorId]) is var contrast && (contrast < 0 || contrast > other.First))
                continue;
            // "Ties with Ankara have improved since Baghdad banned the PKK": the sentence names its partner after "with".
            if (partnerNamed is not null && !partnerNamed.Contains(other))
                continue;
            if (OwnedElsewhere(words, placed, cues, subject, other) || (!subjectNamed && CondemnsAnEvent(words, placed, cues, other)))
                continue;
            // Nearest first, then the first that passes: the tests below then run on few cues, with the same pick (the sort is stable).
            var nearest = ContrastingHostile(words, cues, other) ?? HostileByAnotherName(words, placed, cues, other) ?? FirstNearest(words, cues, other, c => c.Distance <= Reach && !TooFarForAVerb(words, c.Cue, c.Distance, other) && !AnotherDoer(words, placed, c.Cue, subject, other) && !UnknownObjectAfter(words, placed, c.Cue, other) && !InAppositionToAnother(words, placed, c.Cue, other) && !Crosses(words, c.Cue.Index, c.Cue.Length, other) && Fits(words, placed, c.Cue, other)
                    && OwnerAllows(words, placed, c.Cue.Index, subject, other) && !FarAfterOwnedNoun(words, placed, c.Cue, subject, other) && !ObjectOfPreposition(words, placed, c.Cue, subject, other) && !TheirsWithoutPartner(words, placed, c.Cue, other) && !TopicOfTheObject(words, c.Cue, other) && !VictimOfTheObject(words, placed, c.Cue, subject, other) && !DoerOfAnAct(words, placed, c.Cue, subject, other) && (!subjectNamed || Opposite(words, placed, c.Cue, subject, other)));
            // "with India, the United States, South Korea, France and Germany": a long list's far end shares its head's cue.
            if (nearest.Value is null && listed is { } head && SameList(words, placed, head.Member, other))
                nearest = head.Cue;
            if (nearest.Value is null)
                continue;
            listed = (other, nearest);
            claimed.Add(other.ActorId);
            var claim = Claim(subject, other, nearest, words, facts);
            yield return claim.Validity.Until is null && qualifiers.Former(WordsBefore(words, other.First, nearest.Index))
                ? claim with { Validity = StructureReader.Ended(claim.Validity, formerEnd) }
                : claim;
        }
    }

    /// <summary>The three words before each of two places, where "former" or "now-gone" would stand; "the former" naming someone is left out.</summary>
    private static List<Word> WordsBefore(IReadOnlyList<Word> words, int first, int second)
    {
        var near = new List<Word>(6);
        foreach (var at in (ReadOnlySpan<int>)[first, second])
        {
            for (var i = Math.Max(0, at - 3); i < at; i++)
            {
                if (!Coreference.BackReference(words, i))
                    near.Add(words[i]);
            }
        }
        return near;
    }

    /// <summary>"The two former enemies fought full-scale wars": the first cue of the sentence ties the pair, both ways.</summary>
    public IEnumerable<ExtractedClaim> ReadPair(string subject, string other, IReadOnlyList<Word> words, UnitFacts facts, PartialDate formerEnd, int from = 0)
    {
        var cue = lexicon.CuesIn(words).FirstOrDefault(c => c.Index >= from && (from == 0 || c.Index - from <= 4) && c.Value.Form is not (CueForm.Compound or CueForm.Prefix or CueForm.Mediation or CueForm.Paired) && c.Value.Relation != RelationType.MemberOf
            && !UnassertedCues.Unasserted(words, c.Index, c.Length));
        if (cue.Value is null)
            yield break;
        var claim = Claim(subject, new PlacedMention(0, 0, other), cue, words, facts) with { Directed = false };
        var near = words.Take(Math.Min(words.Count, cue.Index + 1)).ToList();
        yield return qualifiers.Former(near) && claim.Validity.Until is null ? claim with { Validity = StructureReader.Ended(claim.Validity, formerEnd) } : claim;
    }

    private ExtractedClaim Claim(string subject, PlacedMention other, (int Index, int Length, Cue Value) found, IReadOnlyList<Word> words, UnitFacts facts)
    {
        var cue = found.Value;
        var areas = cue.Hostile ? [] : cue.Areas.Concat(facts.Areas).Distinct().ToList();
        // A backer named after the cue ("backed by X"), a sponsor noun ("its backer X") or a support
        // verb the other actor governs ("X arms ...") make the other actor the giving side.
        // "Iran is a key patron of Hezbollah": a backer noun whose "of" names the other makes the other the client.
        var after = found.Index + found.Length;
        var otherReceives = cue.Reversed && other.First > found.Index && after < words.Count && words[after].Lower is "of" or "to" or "for";
        var otherGives = (cue.Reversed && !otherReceives)
            || cue.Form == CueForm.Mediation // Fits let only the mediator through: "Oman mediated", "mediated by Qatar"
            || (cue.Form == CueForm.Passive && other.First > found.Index)
            || (cue.Form == CueForm.Active && other.Last < found.Index);
        var (source, target) = otherGives ? (other.ActorId, subject) : (subject, other.ActorId);
        var relation = builder.Settle(cue.Relation, source, target, areas);
        if (relation == RelationType.MemberOf)
            (source, target) = builder.IsBloc(subject) ? (other.ActorId, subject) : (subject, other.ActorId);
        // "avoid treating the Alliance of Sahel States as an enemy": the negation may stand before the other actor.
        // ... but only when the cue follows closely: in "Iraq does not recognise Israel …; officials describe it as an enemy" it does not.
        var negatedFrom = other.Last < found.Index && found.Index - other.Last <= 4 ? Math.Min(found.Index - 3, other.First - 3) : found.Index - 3;
        var negated = qualifiers.Negated(words, Math.Max(0, negatedFrom), found.Index);
        return new ExtractedClaim(source, target, relation, facts.Start, facts.End, $"subject:{cue.Words[0]}")
        {
            Areas = relation.IsHostile() ? [] : areas,
            Directed = !cue.Mutual && relation.IsDirectedByDefault(),
            Polarity = negated || cue.Negative ? Polarity.Denies : Polarity.Asserts,
            Hedged = cue.Hedged || facts.Hedged,
            Validity = facts.ValidityAt(found.Index),
        };
    }

    /// <summary>
    /// A verb ties the names on its two sides: with the subject named, it must stand across the cue from
    /// the other actor ("The Iranian-backed Houthis fired missiles at ships" ties no one to Iran). Nouns
    /// ("X is a rival") need no such order.
    /// </summary>
    private static bool Opposite(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other)
    {
        if (cue.Value.Form is CueForm.Noun)
            return true;
        var otherBefore = other.Last < cue.Index;
        // "Sudan's government, which Cairo has supported": the relative clause puts the doer between its object and the verb.
        if (otherBefore && placed.Any(p => p.ActorId == subject && p.First > other.Last && p.Last < cue.Index && p.First > 0
                && words[p.First - 1].Lower is "which" or "whom" && cue.Index - p.Last <= 3))
            return true;
        // "Iran, which opposes any change to its border with Armenia": a hostile verb strikes what stands right after it.
        // "Trinidad, whose prime minister backed the American deployment, has been accused by Caracas …": nor does any verb reach past a comma.
        var reach = cue.Value.Hostile && cue.Value.Form == CueForm.Active ? 4 : cue.Value.Form == CueForm.Active ? 6 : int.MaxValue;
        return placed.Any(p => p.ActorId == subject && !Modifies(words, p) && !Placement.IsPlace(words, p)
            && (otherBefore
                ? p.First >= cue.Index + cue.Length && p.First - (cue.Index + cue.Length) < reach && !CueReader.OpensClause(words, p, cue.Index)
                    && !(cue.Value.Form == CueForm.Active && CommaBetween(words, cue.Index + cue.Length, p.First))
                : p.Last < cue.Index && !MainClauseBetween(words, p.Last + 1, cue.Index)));
    }

    private static readonly WordSet Contrasts = new("but", "yet", "still", "however", "although", "though");

    /// <summary>Where the first contrast word after the actor stands, or -1.</summary>
    private static int ContrastAfter(IReadOnlyList<Word> words, PlacedMention other)
    {
        for (var i = other.Last + 1; i < words.Count; i++)
        {
            if (Contrasts.Contains(words[i]))
                return i;
        }
        return -1;
    }

    /// <summary>"Greece: a NATO ally, but still a rival over the Aegean": what follows the contrast is the point.</summary>
    private static (int Index, int Length, Cue Value)? ContrastingHostile(IReadOnlyList<Word> words, List<(int Index, int Length, Cue Value)> cues, PlacedMention other)
    {
        var contrast = ContrastAfter(words, other);
        if (contrast < 0 || !cues.Any(c => c.Index > other.Last && c.Index < contrast && !c.Value.Hostile))
            return null;
        var hostile = cues.FirstOrDefault(c => c.Index > contrast && c.Index - contrast <= 4 && c.Value.Hostile);
        return hostile.Value is null ? null : hostile;
    }

    /// <summary>
    /// "Iran is a large trading partner, yet the two dispute three islands, and Abu Dhabi treats Tehran as a
    /// rival": after a contrast, a hostile cue right beside another mention of the same actor is the point.
    /// </summary>
    private static (int Index, int Length, Cue Value)? HostileByAnotherName(IReadOnlyList<Word> words, List<PlacedMention> placed, List<(int Index, int Length, Cue Value)> cues, PlacedMention other)
    {
        var contrast = ContrastAfter(words, other);
        if (contrast < 0)
            return null;
        var hostile = cues.FirstOrDefault(c => c.Index > contrast && c.Value.Hostile
            && placed.Exists(p => p.ActorId == other.ActorId && p.First > contrast && Distance(c.Index, c.Length, p) <= 3));
        return hostile.Value is null ? null : hostile;
    }
}
