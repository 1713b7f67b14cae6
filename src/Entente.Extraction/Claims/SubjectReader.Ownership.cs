namespace Entente.Extraction.Claims;

// Whose noun a cue is: possessors, pronouns and apposition decide which actor a relation noun describes.
internal sealed partial class SubjectReader
{
    private static readonly WordSet PossessivePronouns = new("its", "their", "his", "her");

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
        var subjectBefore = LastNamedBefore(placed, subject, owner.First);
        // "Belarus is Russia's closest ally": the copula joins them directly; in "…, which has designated Hamas a
        // terrorist organisation, remains Israel's main arms supplier" the copula belongs to someone else.
        if (subjectBefore is null || owner.First - subjectBefore.Last - 1 > 4)
            return false;
        for (var i = subjectBefore.Last + 1; i < owner.First; i++)
        {
            if (Copulas.Contains(words[i]) || LikenedAs(words, i))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "fought Israel alongside its allies Hezbollah and Hamas" read with "its" as Israel's: a noun right
    /// beside the actor says what it is, and if that is someone else's ally no farther cue may say otherwise.
    /// </summary>
    private static bool OwnedElsewhere(IReadOnlyList<Word> words, List<PlacedMention> placed, List<(int Index, int Length, Cue Value)> cues, string subject, PlacedMention other)
    {
        // The nearest such noun, the first of equals: a loop, where Where and OrderBy were made anew for every actor.
        (int Index, int Length, Cue Value) closest = default;
        var nearest = int.MaxValue;
        foreach (var c in cues)
        {
            if (c.Value.Form == CueForm.Noun && Distance(c.Index, c.Length, other) <= 2 && !Crosses(words, c.Index, c.Length, other) && Distance(c.Index, c.Length, other) < nearest)
                (closest, nearest) = (c, Distance(c.Index, c.Length, other));
        }
        return closest.Value is not null && !OwnerAllows(words, placed, closest.Index, subject, other);
    }

    private static readonly WordSet BodyNouns = new("alliance", "bloc", "grouping", "coalition", "group", "axis", "forum");

    /// <summary>"the approach advocated by the BRICS alliance": a body noun right after a name is that name's own; it ties no one to it.</summary>
    private static bool NameOfTheBody(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, PlacedMention other) =>
        cue.Value.Form == CueForm.Noun && cue.Length == 1 && other.Last == cue.Index - 1 && BodyNouns.Contains(words[cue.Index]);

    private static readonly WordSet OutsiderAdjectives = new("western", "foreign", "international", "external", "outside", "european", "arab", "asian", "african", "like-minded");
    private static readonly WordSet UnownedOpeners = new(",", "the", "many", "some", "most", "other", "several", "and", "with", "among");

    /// <summary>
    /// "Beijing's ambitions have caused concern among U.S. allies", in a piece about Tonga that does not name it there: the allies
    /// of a name are others, not the subject; "Tonga is among U.S. allies" names it and is read.
    /// </summary>
    private static bool AlliesOfTheName(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, PlacedMention other, bool subjectNamed)
    {
        if (subjectNamed || cue.Value.Form != CueForm.Noun || cue.Length != 1 || !PartnerPlurals.Contains(words[cue.Index]))
            return false;
        var end = cue.Index - 1;
        if (end >= 1 && words[end].Lower is "'s" or "’s")
            end--;
        // "bases belonging to its Japanese partners": "its" makes them the subject's.
        return other.Last == end && !(other.First >= 1 && words[other.First - 1].Lower is "its" or "their" or "our")
            && !(other.First >= 2 && words[other.First - 2].Lower == "one" && words[other.First - 1].Lower == "of");
    }

    /// <summary>
    /// "Western partners will be better able to balance China's influence": partners named by what they are, owned by no
    /// one, are others who act; they tie the subject to no one else the sentence names.
    /// </summary>
    /// <remarks>"the US often uses the method of co-opting allies": partners a gerund seeks or wins are others, unnamed.</remarks>
    private static bool PartnersOfNoOneNamed(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue) =>
        cue.Value.Form == CueForm.Noun && !cue.Value.Hostile && cue.Index >= 1
        && ((OutsiderAdjectives.Contains(words[cue.Index - 1]) && (cue.Index == 1 || UnownedOpeners.Contains(words[cue.Index - 2])))
            || (cue.Length == 1 && PartnerPlurals.Contains(words[cue.Index]) && SoughtBy(words[cue.Index - 1])));

    private static bool SoughtBy(Word before) =>
        before.Lower.EndsWith("ing", StringComparison.Ordinal) && !before.IsCapitalized && before.Lower is not ("being" or "becoming" or "remaining" or "leading" or "existing" or "founding");

    private static readonly WordSet PartnerPlurals = new("partners", "allies", "friends");
    private static readonly WordSet UnownedBefore = new("with", "to", "and", "other", "regional", "key");
    private static readonly WordSet Wherever = new("in", "across", "around", "throughout");

    /// <summary>"engaged in senior-level dialogue with partners in the region": partners placed but not named are no one the sentence names.</summary>
    private static bool PartnersSomewhere(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue) =>
        cue.Value.Form == CueForm.Noun && cue.Length == 1 && PartnerPlurals.Contains(words[cue.Index]) && cue.Index >= 1 && UnownedBefore.Contains(words[cue.Index - 1])
        && cue.Index + 3 < words.Count && Wherever.Contains(words[cue.Index + 1]) && words[cue.Index + 2].Lower == "the" && !words[cue.Index + 3].IsCapitalized;

    /// <summary>"the meeting point between Damascus' allies and Israel": a name joined to the partner noun by "and" stands beside them.</summary>
    private static bool JoinedToThePartners(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, PlacedMention other) =>
        cue.Value.Form == CueForm.Noun && cue.Length == 1 && PartnerPlurals.Contains(words[cue.Index]) && other.First > cue.Index
        && words[cue.Index + 1].Lower == "and" && other.First - cue.Index - 2 <= (words[other.First - 1].Lower == "the" ? 1 : 0);

    /// <summary>"Sorcha MacLeod, a member of the UN's working group": membership of a body the name owns is not membership of the name.</summary>
    /// <remarks>"pledged allegiance to al-Qaeda's leadership" is allegiance to al-Qaeda: only bodies people sit on count.</remarks>
    private static bool MemberOfAnOwnedBody(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, PlacedMention other) =>
        cue.Value.Relation == RelationType.MemberOf && other.First > cue.Index && other.Last + 2 < words.Count
        && words[other.Last + 1].Lower is "'s" or "’s" && SeatedBodies.Contains(words[other.Last + 2]);

    private static readonly WordSet SeatedBodies = new(
        "working", "group", "committee", "council", "panel", "commission", "delegation", "team", "board", "secretariat", "staff",
        "parliament", "assembly", "cabinet", "government", "mission", "task", "expert", "experts");

    private static readonly WordSet KindsOfActor = new("countries", "states", "nations", "governments", "groups", "forces", "militias", "organisations", "organizations");

    /// <summary>
    /// "accepted in other partner countries of Russia, including Turkey and Vietnam": a relation noun whose "of" names
    /// another actor ties that actor's counterparts, whoever else the sentence names.
    /// </summary>
    private static bool OwnedByOneNamedAfter(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other) =>
        cue.Value.Form == CueForm.Noun && OwnerAfter(words, placed, cue.Index + cue.Length) is { } owner && owner.ActorId != subject && owner.ActorId != other.ActorId;

    /// <summary>The actor named in "of X" right after a relation noun ("partner countries of Russia"); else null.</summary>
    private static PlacedMention? OwnerAfter(IReadOnlyList<Word> words, List<PlacedMention> placed, int after)
    {
        var at = after;
        if (at < words.Count && KindsOfActor.Contains(words[at]))
            at++;
        if (at + 1 >= words.Count || words[at].Lower != "of")
            return null;
        at += words[at + 1].Lower == "the" ? 2 : 1;
        var k = Placement.IndexOpeningAt(placed, at);
        return k < 0 ? null : placed[k];
    }

    /// <summary>"that Russia, its treaty ally, would protect it against Azerbaijan": a noun set beside a name describes that name only.</summary>
    private static bool InAppositionToAnother(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        if (cue.Value.Form != CueForm.Noun)
            return false;
        // "did not trust Russia as a partner, owing to its close ties with Armenia": "as a partner" describes Russia.
        for (var i = cue.Index - 1; i >= Math.Max(1, cue.Index - 4); i--)
        {
            if (words[i].Lower == "as")
            {
                if (AnotherEndsAt(words, placed, i - 1, other))
                    return true;
                break;
            }
            if (words[i].Lower is not ("a" or "an" or "the" or "its" or "their") && (words[i].IsCapitalized || !words[i].Lower.All(char.IsLetter)))
                break;
        }
        // "the Yemeni central government, a key U.S. counterterrorism ally": a longer appositive with an article describes the same.
        var reach = 4;
        for (var k = 5; k <= 6 && cue.Index - k >= 1; k++)
        {
            if (words[cue.Index - k].Lower == "," && words[cue.Index - k + 1].Lower is "a" or "an")
                reach = k;
        }
        for (var i = cue.Index - 1; i >= Math.Max(1, cue.Index - reach); i--)
        {
            // "…its border with Armenia, is a pragmatic neighbour": a verb after the comma ends a clause, it opens no apposition.
            if (Copulas.Contains(words[i]))
                return false;
            // "countries like Iran, Syria, and Cuba, which have expressed solidarity with the regime": the clause is the whole list's.
            if (words[i].Lower == ",")
                return (AnotherEndsAt(words, placed, i - 1, other) || AnotherBodyEndsAt(words, placed, i - 1, other)) && !FrontedPhrase(words, placed, i - 1)
                    && !(words[i + 1].Lower is "which" or "who" && placed.Exists(p => p.Last == i - 1 && SameList(words, placed, other, p)));
        }
        return false;
    }

    /// <summary>"the Yemeni central government, a key U.S. ally": a state body the subject is not named with is what the appositive describes.</summary>
    private static bool AnotherBodyEndsAt(IReadOnlyList<Word> words, List<PlacedMention> placed, int last, PlacedMention other) =>
        last >= 0 && StateBodies.Contains(words[last]) && placed.TrueForAll(p => p.ActorId == other.ActorId || p.Last < last - 4 || p.First > last);

    /// <summary>"Under Vučić, the Balkan country has deepened …": a name a sentence opens with after a preposition stands in a phrase of its own.</summary>
    private static bool FrontedPhrase(IReadOnlyList<Word> words, List<PlacedMention> placed, int last) =>
        placed.Exists(p => p.Last == last && p.First == 1 && words[0].Lower is "under" or "after" or "since" or "during" or "before" or "like" or "unlike");

    /// <summary>"the group's closest ally, carried its positions to U.S. envoy X": what an owned noun names stands right after it.</summary>
    private static bool FarAfterOwnedNoun(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other) =>
        other.First > cue.Index && other.First - (cue.Index + cue.Length) > 3 && Owner(words, placed, cue.Index)?.ActorId == subject
        && !NamedAfterAClass(words, cue.Index + cue.Length, other.First);

    /// <summary>
    /// "Taiwan's four allies are island nations in the Pacific, namely Nauru, Palau …": the noun is said to be a class, and the
    /// names that "namely" or "such as" opens are its members, however far the class's description runs.
    /// </summary>
    private static bool NamedAfterAClass(IReadOnlyList<Word> words, int after, int first)
    {
        if (after >= words.Count || words[after].Lower is not ("are" or "were" or "include" or "included"))
            return false;
        var opener = first - 1;
        if (opener > after && words[opener].Lower == "the")
            opener--;
        if (opener <= after || !(words[opener].Lower is "namely" or "including" or "like" || (words[opener].Lower == "as" && words[opener - 1].Lower == "such")))
            return false;
        for (var i = after + 1; i < opener; i++)
        {
            if (words[i].Lower is ";" or ":" or "." || Clauses.Contains(words[i]))
                return false;
        }
        return true;
    }

    private static readonly WordSet Clauses = new("which", "who", "that", "while", "but", "whereas");

    /// <summary>
    /// "Lebanon and Iraq are taking advantage of the weakening of Iran's allies": a noun the subject owns,
    /// governed by a preposition, is what the sentence acts on, not what the actor before it is. "one
    /// of Iran's allies" still says what it is.
    /// </summary>
    private static bool ObjectOfPreposition(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other)
    {
        if (cue.Value.Form != CueForm.Noun || other.Last >= cue.Index || Owner(words, placed, cue.Index)?.ActorId != subject)
            return false;
        var start = OwnerStart(words, placed, cue.Index);
        if (start <= other.Last + 1 || !GoverningPrepositions.Contains(words[start - 1]))
            return false;
        return !(words[start - 1].Lower == "of" && start >= 2 && Quantities.Contains(words[start - 2]));
    }

    private static readonly WordSet GoverningPrepositions = new(
        "of", "against", "with", "on", "to", "from", "for", "by", "at", "into", "toward", "towards", "over", "about", "upon", "onto");

    private static readonly WordSet Quantities = new("one", "some", "many", "most", "all", "several", "two", "three", "four", "none", "each", "any", "first", "last", "part");

    /// <summary>Where the owner of the noun at <paramref name="index"/> is written: the possessor's first word or the pronoun.</summary>
    private static int OwnerStart(IReadOnlyList<Word> words, List<PlacedMention> placed, int index)
    {
        for (var i = index - 1; i >= Math.Max(0, index - 3); i--)
        {
            if (words[i].Lower == "'s")
                return LastEndingAt(placed, i - 1)?.First ?? -1;
            if (PossessivePronouns.Contains(words[i]))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// "Both suit each other; their partnership was triggered by India": "their" is the pair named before it or the pair the
    /// text was about ("The U.S. and Norway hope their cooperation will help stifle Moscow's incursions"), so only a name
    /// joined to the noun ("their partnership with India") is its partner.
    /// </summary>
    private static bool TheirsWithoutPartner(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        if (cue.Value.Form != CueForm.Noun || other.First < cue.Index + cue.Length)
            return false;
        var owner = OwnerStart(words, placed, cue.Index);
        if (owner < 0 || words[owner].Lower != "their")
            return false;
        var joined = cue.Index + cue.Length;
        // "their common rival, Iran": a name set right after the noun is the one it names.
        return !(joined < words.Count && (words[joined].Lower is "with" or "between" or "to" && other.First - joined <= 2 || words[joined].Lower == "," && other.First == joined + 1));
    }

    /// <summary>"Lebanon's Hezbollah group has been supporting …": the subject's home or owner is no counterpart of its cues.</summary>
    private static bool OwnsTheSubject(IReadOnlyList<Word> words, List<PlacedMention> placed, PlacedMention mention, string subject) =>
        mention.Last + 2 < words.Count && words[mention.Last + 1].Lower == "'s"
        && NamedAt(placed, subject, mention.Last + 2);

    /// <summary>"the Israel-Palestine conflict": the second of two joined names belongs to the pair, not to a cue of its own.</summary>
    private static bool SecondOfAJoinedPair(IReadOnlyList<Word> words, List<PlacedMention> placed, PlacedMention mention) =>
        mention.First >= 2 && Placement.GluedHyphen(words, mention.First - 1) && LastEndingAt(placed, mention.First - 2) is not null;

    private static bool LabelNamedAgain(IReadOnlyList<Word> words, List<PlacedMention> others, PlacedMention mention) =>
        mention.First == 0 && mention.Last + 1 < words.Count && words[mention.Last + 1].Lower is ":" or "-" or "–" or "—"
        && !Placement.GluedHyphen(words, mention.Last + 1) && NamedAfter(others, mention.ActorId, mention.Last);

    private static readonly WordSet RegardVerbs = new(
        "views", "viewed", "view", "sees", "saw", "see", "regards", "regarded", "regard", "considers", "considered", "consider",
        "treats", "treated", "treat", "calls", "called", "labels", "labelled", "labeled", "describes", "described", "deems", "deemed");

    /// <summary>The first actor of "X views Y as its …" or "X considers Y its …", when the pronoun follows that pattern; else null.</summary>
    private static PlacedMention? RegardedAs(IReadOnlyList<Word> words, List<PlacedMention> placed, int pronoun)
    {
        if (pronoun < 2)
            return null;
        var objectEnd = words[pronoun - 1].Lower == "as" ? pronoun - 2 : pronoun - 1;
        var regarded = FirstEndingAt(placed, objectEnd);
        if (regarded is null || regarded.First < 2 || !RegardVerbs.Contains(words[regarded.First - 1]))
            return null;
        var viewer = LastIndexEndingBefore(placed, regarded.First - 1) is var at and >= 0 ? placed[at] : null;
        return viewer is not null && regarded.First - 1 - viewer.Last <= 3 ? viewer : null;
    }

    /// <summary>"describe it as Iran's proxy", but not "as well as".</summary>
    private static bool LikenedAs(IReadOnlyList<Word> words, int i) =>
        words[i].Lower == "as" && !(i > 0 && words[i - 1].Lower is "well" or "such" or "as") && !(i + 1 < words.Count && words[i + 1].Lower == "well");

    private static readonly WordSet Copulas = new("is", "are", "was", "were", "remains", "remain", "remained", "became", "become", "becomes", "been", "counts", "serves", "served", "acts", "acted");

    /// <summary>"Hezbollah, its ally": the pronoun cannot be the name it stands in apposition to.</summary>
    private static bool AppositiveHead(IReadOnlyList<Word> words, PlacedMention mention, int pronoun) =>
        mention.Last == pronoun - 2 && words[pronoun - 1].Lower == ",";

    /// <summary>"describe it as Iran's proxy, and its fighters …": a possessor is rarely what a later pronoun stands for.</summary>
    private static bool Possessor(IReadOnlyList<Word> words, PlacedMention mention) =>
        mention.Last + 1 < words.Count && words[mention.Last + 1].Lower == "'s";

    private static PlacedMention? Owner(IReadOnlyList<Word> words, List<PlacedMention> placed, int index)
    {
        // "Venezuela's closest allies and trade partners": the possessor reaches over a coordinated noun.
        // "Russia's full-scale invasion of Ukraine": a hyphenated adjective is three words, and "South Africa's solidarity
        // and long-standing friendship with Cuba" has one after the "and".
        var hyphenated = index >= 3 && words[index - 2].Lower == "-";
        var reach = CoordinatedWithin(words, index, hyphenated ? 5 : 3) ? 6 : 3;
        if (hyphenated)
            reach += 2;
        for (var i = index - 1; i >= Math.Max(0, index - reach); i--)
        {
            if (words[i].Lower is "," or ";" or ":" || Copulas.Contains(words[i]))
                return null;
            if (words[i].Lower is "'s" or "’s")
                return LastEndingAt(placed, i - 1) ?? TheLatter(words, placed, i - 1);
            // "The group moved its officials to Lebanon, where Hezbollah, its ally, …": in apposition the pronoun is the sentence's own subject.
            // "The group has fought Israel alongside its allies": company kept is the sentence subject's.
            if (PossessivePronouns.Contains(words[i]) && i > 0 && words[i - 1].Lower is "alongside" or "with" or "beside" && OpeningPhrases.Opener(words, placed) is { } opener && opener.Last < i)
                return opener;
            // "Iran views Israel as its principal enemy", "Washington considers China its main competitor": the viewer owns the noun.
            if (PossessivePronouns.Contains(words[i]) && RegardedAs(words, placed, i) is { } viewer)
                return viewer;
            // "Cuba and Venezuela are its partners": what the copula's subject is cannot be its own, so "its" is the subject's.
            if (PossessivePronouns.Contains(words[i]) && i > 0 && (Copulas.Contains(words[i - 1]) || i > 2 && words[i - 1].Lower == "far" && words[i - 2].Lower == "by" && Copulas.Contains(words[i - 3])))
                return null;
            if (PossessivePronouns.Contains(words[i]) && AnyAppositiveHead(words, placed, i))
                return OpeningPhrases.Opener(words, placed) is { } head && !AppositiveHead(words, head, i) ? head : null;
            // "Russia's rising isolation following its invasion of Ukraine": where only a possessor stands before the pronoun, it is the owner.
            if (PossessivePronouns.Contains(words[i]))
                return LastOwnerBefore(words, placed, i) ?? LastPossessorBefore(words, placed, i);
        }
        return null;
    }

    /// <summary>"to side with China in the latter's rivalry with the United States": "the latter" is the last actor named before it.</summary>
    private static PlacedMention? TheLatter(IReadOnlyList<Word> words, List<PlacedMention> placed, int at)
    {
        if (at < 1 || words[at].Lower != "latter" || words[at - 1].Lower != "the")
            return null;
        var k = LastIndexEndingBefore(placed, at - 1);
        return k >= 0 ? placed[k] : null;
    }

    private static bool CoordinatedWithin(IReadOnlyList<Word> words, int index, int farthest)
    {
        for (var i = index - 2; i >= Math.Max(0, index - farthest); i--)
        {
            if (words[i].Lower == "and")
                return true;
        }
        return false;
    }

    private static PlacedMention? LastPossessorBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int pronoun)
    {
        for (var k = placed.Count - 1; k >= 0; k--)
        {
            if (placed[k].Last < pronoun && Possessor(words, placed[k]))
                return placed[k];
        }
        return null;
    }

    private static readonly WordSet GroupHeads = new("group", "militants", "militia", "militias", "movement", "rebels", "insurgents", "organisation", "organization", "faction", "fighters", "jihadists");

    /// <summary>
    /// "to prevent the militant group's war with Israel escalating", in a piece about Qatar: a noun owned by a
    /// group the reading did not resolve to the subject is that group's, not the subject's.
    /// </summary>
    private static bool OwnedByAnUnnamedGroup(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, bool subjectIsAState)
    {
        // "the group's long war with": up to two lowercase words between the possessive and the noun.
        for (var mark = index - 1; mark >= 1 && mark >= index - 3; mark--)
        {
            // "the country's 2011 uprising against Assad's rule", in a piece about the Arab League: a country that is not the subject.
            if (words[mark].Lower is "'s" or "’s" or "'" or "’")
                return (GroupHeads.Contains(words[mark - 1]) || (!subjectIsAState && CountryHeads.Contains(words[mark - 1]))) && !Placement.Covers(placed, mark - 1);
            if (words[mark].IsCapitalized)
                return false;
        }
        return false;
    }

    private static readonly WordSet PluralStates = new("countries", "states", "nations", "governments", "neighbours", "neighbors", "republics", "economies", "members");

    /// <summary>
    /// "offer Central Asian countries an alternative and reduce their reliance on Russia", in a piece about Armenia: "their"
    /// after countries left unnamed is theirs, not a single state's.
    /// </summary>
    private static bool OwnedByUnnamedStates(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, bool subjectIsAState)
    {
        if (!subjectIsAState)
            return false;
        var their = index - 1;
        if (their >= 1 && !words[their].IsCapitalized && words[their].Lower != "their" && words[their - 1].Lower == "their")
            their--;
        if (their < 1 || words[their].Lower != "their")
            return false;
        for (var i = their - 1; i >= 0 && their - i <= 12; i--)
        {
            if (words[i].Lower is ";" or "." or ":" || Placement.Covers(placed, i))
                return false;
            // "Central Asian countries", but not "the two countries" after the pair is named.
            if (PluralStates.Contains(words[i]))
                return i > 0 && words[i - 1].IsCapitalized && !Placement.Covers(placed, i - 1);
        }
        return false;
    }

    /// <summary>"the power vacuum created by Napoleon's invasion of Spain": a noun owned by a name we do not know is that name's deed, no tie of the subject's with anyone.</summary>
    /// <remarks>So is a passive's doer: in "created by Napoleon's invasion of Spain" Spain did not create.</remarks>
    private static bool OwnedByAnUnknownName(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        var after = cue.Index + cue.Length;
        if (cue.Value.Form == CueForm.Passive)
            return other.First > after && words[after].IsCapitalized && char.IsLetter(words[after].Text[0]) && !Placement.Covers(placed, after);
        if (cue.Value.Form != CueForm.Noun)
            return false;
        for (var mark = cue.Index - 1; mark >= 1 && mark >= cue.Index - 3; mark--)
        {
            if (words[mark].Lower is "'s" or "’s")
                return words[mark - 1].IsCapitalized && char.IsLetter(words[mark - 1].Text[0]) && !Placement.Covers(placed, mark - 1) && !AfterThe(words, mark - 1);
            if (words[mark].IsCapitalized || !char.IsLetter(words[mark].Text[0]))
                return false;
        }
        return false;
    }

    /// <summary>"the North's principal enemy", "the Islamic Republic's closest ally": a name after "the" points back to one named before.</summary>
    private static bool AfterThe(IReadOnlyList<Word> words, int last)
    {
        var i = last;
        while (i > 0 && words[i - 1].IsCapitalized)
            i--;
        return i > 0 && words[i - 1].Lower == "the";
    }

    private static readonly WordSet CountryHeads = new("country", "nation", "kingdom", "republic");

    private static readonly WordSet StateBodies = new("government", "regime", "army", "junta", "authorities", "state", "military");

    /// <summary>
    /// "Turkey is a major backer of the government rather than a combatant", in a piece about al-Shabaab: a cue aimed at
    /// "the government" is aimed at a state, never at the armed group the piece is about.
    /// </summary>
    private static bool AboutTheGovernment(IReadOnlyList<Word> words, int after) =>
        after + 2 < words.Count && words[after].Lower is "of" or "to" or "for" or "with" && words[after + 1].Lower == "the"
        && (StateBodies.Contains(words[after + 2]) || (after + 3 < words.Count && !words[after + 2].IsCapitalized && StateBodies.Contains(words[after + 3])));
}
