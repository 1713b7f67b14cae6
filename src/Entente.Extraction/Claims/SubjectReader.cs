namespace Entente.Extraction.Claims;

/// <summary>
/// Sentences that tie one actor to the document's subject with a cue but without naming both around
/// it: "India is a rival too" in a piece about China, "Iran is an important economic partner rather
/// than an ally". Each actor the cue readers left unpaired gets the nearest cue of its clause, if
/// the subject is named in the unit or the unit names that actor alone. Questions assert nothing.
/// </summary>
/// <summary>
/// What the cue readers already made of a unit: the actors they paired, and the cues (by word index)
/// that already tied the subject to someone, which the subject-centred reader must not spend again
/// ("Niger recalled its ambassador from Algiers in solidarity with Bamako").
/// </summary>
internal sealed record UnitPairs(ISet<string> Actors, ISet<int> Cues);

internal sealed class SubjectReader(CueLexicon lexicon, Qualifiers qualifiers, ClaimBuilder builder)
{
    private const int Reach = 12;

    private static readonly WordSet ClauseBreaks = new(";", ".", "but", "while", "whereas", "although", "though", "however", ":");

    // "The U.S. and South Korean governments say ...", "a partnership that Ethiopia regards as encirclement":
    // whoever says, warns, accuses or regards reports a relation, it is not a party to it.
    private static readonly WordSet SpeechVerbs = new(
        "say", "says", "said", "told", "tells", "warn", "warns", "warned", "accuse", "accuses", "accused", "argue", "argues", "argued",
        "claim", "claims", "claimed", "believe", "believes", "believed", "regards", "considers", "sees", "views", "allege", "alleges", "alleged", "estimate", "estimates", "assess", "assesses", "noted", "notes",
        "announced", "announces", "announce", "stated", "confirmed", "confirms", "insisted", "insists"
    );

    // "resolutions condemning the invasion of Ukraine": whoever condemns an invasion did not make it.
    private static readonly HashSet<string> EventNouns = new(StringComparer.Ordinal) { "invasion", "occupation" };

    private static bool Condemned(IReadOnlyList<Word> words, int index)
    {
        for (var i = index - 1; i >= Math.Max(0, index - 3); i--)
        {
            var w = words[i].Lower;
            if (w.StartsWith("condemn", StringComparison.Ordinal) || w.StartsWith("denounc", StringComparison.Ordinal) || w.StartsWith("critici", StringComparison.Ordinal) || w.StartsWith("protest", StringComparison.Ordinal) || w.StartsWith("oppos", StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static readonly WordSet PossessivePronouns = new("its", "their", "his", "her");

    public IEnumerable<ExtractedClaim> Read(string subject, IReadOnlyList<Word> words, List<PlacedMention> placed, UnitPairs read, UnitFacts facts, PartialDate formerEnd)
    {
        var paired = read.Actors;
        if (words.Count == 0 || words[^1].Lower == "?")
            yield break;
        var others = placed.Where(p => p.ActorId != subject && !paired.Contains(p.ActorId) && !p.Adjective && !Speaks(words, p) && !Modifies(words, p) && !Placement.IsPlace(words, p)).ToList();
        var subjectNamed = placed.Any(p => p.ActorId == subject);
        if (others.Count == 0)
            yield break;

        var cues = lexicon.CuesIn(words)
            .Where(c => !(EventNouns.Contains(words[c.Index].Lower) && Condemned(words, c.Index)) && !read.Cues.Contains(c.Index) && !placed.Any(p => p.First <= c.Index && c.Index <= p.Last) && !Attached(words, c.Index, c.Length, c.Value) && !DescribesPair(words, c.Index))
            .ToList();
        // "Moscow signed a mutual-defence treaty with Pyongyang" in a piece about Seoul: without the subject
        // named, a cue standing between two other actors ties them to each other, not to the subject.
        if (!subjectNamed)
        {
            var named = placed.Where(p => p.ActorId != subject && !p.Adjective && !Placement.IsPlace(words, p) && !Speaks(words, p) && !Modifies(words, p)).ToList();
            cues.RemoveAll(c => Between(words, named, c.Index, c.Length));
        }
        if (cues.Count == 0)
            yield break;
        // Without the subject named, only the actor nearest the cue can be the subject's counterpart.
        var candidates = subjectNamed ? others.DistinctBy(o => o.ActorId).ToList() : NearestToACue(words, placed, others, cues);
        foreach (var other in candidates)
        {
            if (OwnedElsewhere(words, placed, cues, subject, other))
                continue;
            var nearest = ContrastingHostile(words, cues, other) ?? HostileByAnotherName(words, placed, cues, other) ?? cues
                .Select(c => (Cue: c, Distance: Math.Min(Distance(c.Index, c.Length, other), PastRelativeClause(words, c.Index, other))))
                .Where(c => c.Distance <= Reach && !TooFarForAVerb(words, c.Cue, c.Distance, other) && !AnotherDoer(words, placed, c.Cue, other) && !InAppositionToAnother(words, placed, c.Cue, other) && !Crosses(words, c.Cue.Index, c.Cue.Length, other) && Fits(words, placed, c.Cue, other)
                    && OwnerAllows(words, placed, c.Cue.Index, subject, other) && !FarAfterOwnedNoun(words, placed, c.Cue, subject, other) && (!subjectNamed || Opposite(words, placed, c.Cue, subject, other)))
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
            || cue.Form == CueForm.Mediation // Fits let only the mediator through: "Oman mediated", "mediated by Qatar"
            || (cue.Form == CueForm.Passive && other.First > found.Index)
            || (cue.Form == CueForm.Active && other.Last < found.Index);
        var (source, target) = otherGives ? (other.ActorId, subject) : (subject, other.ActorId);
        var relation = cue.Relation ?? builder.Infer(source, target, areas);
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
            Validity = facts.Validity,
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
                : p.Last < cue.Index));
    }

    private static readonly WordSet Contrasts = new("but", "yet", "still", "however", "although", "though");

    /// <summary>"Greece: a NATO ally, but still a rival over the Aegean": what follows the contrast is the point.</summary>
    private static (int Index, int Length, Cue Value)? ContrastingHostile(IReadOnlyList<Word> words, List<(int Index, int Length, Cue Value)> cues, PlacedMention other)
    {
        var contrast = -1;
        for (var i = other.Last + 1; i < words.Count && contrast < 0; i++)
            contrast = Contrasts.Contains(words[i]) ? i : -1;
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
        var contrast = -1;
        for (var i = other.Last + 1; i < words.Count && contrast < 0; i++)
            contrast = Contrasts.Contains(words[i]) ? i : -1;
        if (contrast < 0)
            return null;
        var hostile = cues.FirstOrDefault(c => c.Index > contrast && c.Value.Hostile
            && placed.Exists(p => p.ActorId == other.ActorId && p.First > contrast && Distance(c.Index, c.Length, p) <= 3));
        return hostile.Value is null ? null : hostile;
    }

    private static bool Between(IReadOnlyList<Word> words, List<PlacedMention> others, int index, int length)
    {
        var before = others.LastOrDefault(o => o.Last < index && index - o.Last <= Reach && !Crosses(words, index, length, o));
        var after = others.FirstOrDefault(o => o.First >= index + length && o.First - index <= Reach && !Crosses(words, index, length, o));
        return before is not null && after is not null && before.ActorId != after.ActorId;
    }

    /// <summary>The actor nearest a cue, with the list it stands in ("mediated by Qatar and Turkey").</summary>
    private static List<PlacedMention> NearestToACue(IReadOnlyList<Word> words, List<PlacedMention> placed, List<PlacedMention> others, List<(int Index, int Length, Cue Value)> cues)
    {
        var nearest = others.OrderBy(o => cues.Min(c => Distance(c.Index, c.Length, o))).First();
        return Placement.ListAround(words, placed, placed.IndexOf(nearest)).Where(others.Contains).DistinctBy(o => o.ActorId).ToList();
    }

    /// <summary>"Iranian-backed", "pro-Russian": the cue belongs to the name it is glued to, which the compound reader has read.</summary>
    private static bool Attached(IReadOnlyList<Word> words, int index, int length, Cue cue) =>
        cue.Form is CueForm.Compound or CueForm.Prefix || (index > 0 && words[index - 1].Lower == "-") || (index + length < words.Count && words[index + length].Lower == "-");

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
        // "Belarus is Russia's closest ally": the copula joins them directly; in "…, which has designated Hamas a
        // terrorist organisation, remains Israel's main arms supplier" the copula belongs to someone else.
        return subjectBefore is not null && owner.First - subjectBefore.Last - 1 <= 4
            && Enumerable.Range(subjectBefore.Last + 1, owner.First - subjectBefore.Last - 1).Any(i => Copulas.Contains(words[i]) || LikenedAs(words, i));
    }

    /// <summary>
    /// "fought Israel alongside its allies Hezbollah and Hamas" read with "its" as Israel's: a noun right
    /// beside the actor says what it is, and if that is someone else's ally no farther cue may say otherwise.
    /// </summary>
    private static bool OwnedElsewhere(IReadOnlyList<Word> words, List<PlacedMention> placed, List<(int Index, int Length, Cue Value)> cues, string subject, PlacedMention other)
    {
        var closest = cues.Where(c => c.Value.Form == CueForm.Noun && Distance(c.Index, c.Length, other) <= 2 && !Crosses(words, c.Index, c.Length, other))
            .OrderBy(c => Distance(c.Index, c.Length, other)).FirstOrDefault();
        return closest.Value is not null && !OwnerAllows(words, placed, closest.Index, subject, other);
    }

    /// <summary>"Israeli officials defended the operation, saying Hamas leaders …": a verb's object stands close after it, in its clause.</summary>
    private static bool TooFarForAVerb(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, int distance, PlacedMention other) =>
        (cue.Value.Form == CueForm.Active && other.First > cue.Index && (distance > 5 || CommaBetween(words, cue.Index + cue.Length, other.First)))
        || (cue.Value.Form == CueForm.Passive && other.First > cue.Index && DoesSomething(words, other));

    /// <summary>
    /// "The European Union suspended budget support and ECOWAS imposed sanctions": a capitalised name after
    /// "and", even one we do not know, is the doer of the verb that follows it.
    /// </summary>
    private static bool AnotherDoer(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        if (cue.Value.Form != CueForm.Active || other.Last >= cue.Index)
            return false;
        for (var i = other.Last + 1; i + 1 < cue.Index; i++)
        {
            var next = i + 1;
            if (words[i].Lower == "and" && words[next].Text.Length > 1 && char.IsUpper(words[next].Text[0])
                && !placed.Exists(p => p.First <= next && next <= p.Last))
                return true;
        }
        return false;
    }

    /// <summary>"depends on Armenia removing a clause from its constitution": the name is the subject of what follows, not a backer.</summary>
    private static bool DoesSomething(IReadOnlyList<Word> words, PlacedMention other)
    {
        var next = other.Last + 1;
        if (next < words.Count && words[next].Lower == "'s")
            next++;
        return next < words.Count && words[next].Lower.Length > 4 && words[next].Lower.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(words[next].Text[0]);
    }

    private static bool CommaBetween(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (words[i].Lower == ",")
                return true;
        }
        return false;
    }

    /// <summary>"that Russia, its treaty ally, would protect it against Azerbaijan": a noun set beside a name describes that name only.</summary>
    private static bool InAppositionToAnother(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        if (cue.Value.Form != CueForm.Noun)
            return false;
        for (var i = cue.Index - 1; i >= Math.Max(1, cue.Index - 4); i--)
        {
            // "…its border with Armenia, is a pragmatic neighbour": a verb after the comma ends a clause, it opens no apposition.
            if (Copulas.Contains(words[i]))
                return false;
            if (words[i].Lower == ",")
                return placed.Exists(p => p.Last == i - 1 && p.ActorId != other.ActorId && !Placement.IsPlace(words, p));
        }
        return false;
    }

    /// <summary>"the group's closest ally, carried its positions to U.S. envoy X": what an owned noun names stands right after it.</summary>
    private static bool FarAfterOwnedNoun(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other) =>
        other.First > cue.Index && other.First - (cue.Index + cue.Length) > 3 && Owner(words, placed, cue.Index)?.ActorId == subject;

    /// <summary>"describe it as Iran's proxy", but not "as well as".</summary>
    private static bool LikenedAs(IReadOnlyList<Word> words, int i) =>
        words[i].Lower == "as" && !(i > 0 && words[i - 1].Lower is "well" or "such" or "as") && !(i + 1 < words.Count && words[i + 1].Lower == "well");

    private static readonly WordSet Copulas = new("is", "are", "was", "were", "remains", "remain", "remained", "became", "become", "becomes", "counts", "serves", "served", "acts", "acted");

    /// <summary>"Hezbollah, its ally": the pronoun cannot be the name it stands in apposition to.</summary>
    private static bool AppositiveHead(IReadOnlyList<Word> words, PlacedMention mention, int pronoun) =>
        mention.Last == pronoun - 2 && words[pronoun - 1].Lower == ",";

    /// <summary>"describe it as Iran's proxy, and its fighters …": a possessor is rarely what a later pronoun stands for.</summary>
    private static bool Possessor(IReadOnlyList<Word> words, PlacedMention mention) =>
        mention.Last + 1 < words.Count && words[mention.Last + 1].Lower == "'s";

    private static PlacedMention? Owner(IReadOnlyList<Word> words, List<PlacedMention> placed, int index)
    {
        for (var i = index - 1; i >= Math.Max(0, index - 3); i--)
        {
            if (words[i].Lower == "'s")
                return placed.LastOrDefault(p => p.Last == i - 1);
            // "The group moved its officials to Lebanon, where Hezbollah, its ally, …": in apposition the pronoun is the sentence's own subject.
            // "The group has fought Israel alongside its allies": company kept is the sentence subject's.
            if (PossessivePronouns.Contains(words[i]) && i > 0 && words[i - 1].Lower is "alongside" or "with" or "beside" && placed.Count > 0 && placed[0].First <= 2 && placed[0].Last < i)
                return placed[0];
            if (PossessivePronouns.Contains(words[i]) && placed.Exists(p => AppositiveHead(words, p, i)))
                return placed[0].First <= 2 && !AppositiveHead(words, placed[0], i) ? placed[0] : null;
            if (PossessivePronouns.Contains(words[i]))
                return placed.LastOrDefault(p => p.Last < i && !AppositiveHead(words, p, i) && !Placement.IsPlace(words, p) && !Possessor(words, p));
        }
        return null;
    }

    /// <summary>
    /// A mediation cue names its mediator right before it ("Oman mediated", "China-brokered") or after
    /// "by" ("talks mediated by Qatar and Turkey"); the parties after it are not mediators.
    /// </summary>
    private static bool Fits(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        // "a mediator between Kyiv and Moscow": who stands after "between" is mediated for, not the mediator.
        if (cue.Value.Relation == RelationType.Mediator && other.First > cue.Index
            && Enumerable.Range(cue.Index, other.First - cue.Index).Any(i => words[i].Lower == "between"))
            return false;
        if (cue.Value.Form != CueForm.Mediation)
            return true;
        // "Qatar, together with Egypt, has mediated": the mediator may head a list that ends right before the cue.
        if (other.Last < cue.Index)
            return cue.Index - other.Last <= 3
                || (placed.FindLastIndex(p => p.Last < cue.Index) is var last and >= 0 && cue.Index - placed[last].Last <= 3
                    && Placement.ListAround(words, placed, last).Contains(other));
        var by = cue.Index + cue.Length;
        return by < words.Count && words[by].Lower == "by" && other.First > by && other.First - by <= 6;
    }

    /// <summary>"the two regional rivals", "both allies": the noun describes a pair already named, not a tie to whoever stands near it.</summary>
    private static bool DescribesPair(IReadOnlyList<Word> words, int index)
    {
        for (var i = index - 1; i >= Math.Max(0, index - 3); i--)
        {
            // "both the closest ally and a competitor" joins two descriptions of one actor.
            if (words[i].Lower is "two" or "both" or "three" or "four")
                return !(words[i].Lower == "both" && words[i + 1].Lower is "the" or "a" or "an");
        }
        return false;
    }

    /// <summary>"the Iran-aligned factions": the name qualifies someone else.</summary>
    private static bool Modifies(IReadOnlyList<Word> words, PlacedMention mention) =>
        mention.Last + 1 < words.Count && words[mention.Last + 1].Lower == "-";

    private static bool Speaks(IReadOnlyList<Word> words, PlacedMention mention)
    {
        for (var i = mention.Last + 1; i < Math.Min(words.Count, mention.Last + 7); i++)
        {
            // "Moscow is believed to be supplying …" hedges; it reports no one's opinion.
            if (SpeechVerbs.Contains(words[i]) && !(words[i - 1].Lower is "is" or "are" or "was" or "were" or "been" or "widely"))
                return true;
        }
        return mention.First >= 2 && words[mention.First - 2].Lower == "according" && words[mention.First - 1].Lower == "to";
    }

    /// <summary>
    /// "Poland, which shares a long border with Ukraine, will serve as the logistics hub": a relative clause
    /// between a name and its verb does not put the verb out of reach; the distance counts from the clause's end.
    /// </summary>
    private static int PastRelativeClause(IReadOnlyList<Word> words, int cue, PlacedMention other)
    {
        var open = other.Last + 1;
        if (cue <= open + 2 || words[open].Lower != "," || words[open + 1].Lower is not ("which" or "who" or "whose"))
            return int.MaxValue;
        for (var i = open + 2; i < cue; i++)
        {
            if (words[i].Lower == ",")
                return cue - i;
            if (ClauseBreaks.Contains(words[i]))
                return int.MaxValue;
        }
        return int.MaxValue;
    }

    private static int Distance(int index, int length, PlacedMention other) =>
        other.Last < index ? index - other.Last : Math.Max(0, other.First - (index + length - 1));

    /// <summary>Whether a clause break lies between the cue and the actor.</summary>
    private static bool Crosses(IReadOnlyList<Word> words, int index, int length, PlacedMention other)
    {
        var (from, to) = other.Last < index ? (other.Last + 1, index) : (index + length, other.First);
        for (var i = from; i < to; i++)
        {
            if (ClauseBreaks.Contains(words[i]))
                return true;
        }
        return false;
    }
}
