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

    /// <summary>Adds to <paramref name="claims"/> what the unit's cues tie to the subject; a list filled in place of an iterator made for every unit.</summary>
    public void Read(string subject, bool subjectIsGroup, IReadOnlyList<Word> words, List<PlacedMention> placed, UnitPairs read, UnitFacts facts, PartialDate formerEnd, List<ExtractedClaim> claims)
    {
        // No cue, no claim: asked first because it is known already (CuesIn keeps the unit's answer) and most units have none.
        if (words.Count == 0 || words[^1].Lower == "?" || lexicon.CuesIn(words).Count == 0)
            return;
        // "Make a charitable donation in support of Ukraine!": an exclamation that does not name the subject calls on the
        // reader (an appeal, an advert); it says nothing of the subject.
        if (words[^1].Lower == "!" && !placed.Exists(p => p.ActorId == subject))
            return;
        var others = Others(subject, words, placed, read.Actors);
        if (others.Count > 0)
            ReadCued(subject, subjectIsGroup, words, placed, read, facts, formerEnd, others, claims);
    }

    /// <summary>"criticism of Israel's war against Hamas": a possessor between the cue and the foe owns the fight.</summary>
    private static bool OwnerBetween(IReadOnlyList<Word> words, List<PlacedMention> placed, int from, int to)
    {
        foreach (var p in placed)
        {
            if (p.First >= from && p.Last + 1 < to && words[p.Last + 1].Lower is "'s" or "’s")
                return true;
        }
        return false;
    }

    private static readonly WordSet OwnedPlaces = new("port", "ports", "airport", "airports", "harbour", "harbor", "streets", "outskirts", "suburbs", "centre", "center", "skies", "territories");

    /// <summary>"Israel, which bombed Sanaa's port, remains its main target": a city's port is where something was struck, not a counterpart; "France's territories of New Caledonia" are places, not France.</summary>
    private static bool OwnsAPlace(IReadOnlyList<Word> words, PlacedMention p) =>
        p.Last + 2 < words.Count && words[p.Last + 1].Lower is "'s" or "’s" && OwnedPlaces.Contains(words[p.Last + 2]);

    /// <summary>"Taiwan recognised Swaziland when it gained independence from Britain in 1968, leading to an alliance": the state left behind is no counterpart of a later cue.</summary>
    private static bool LeftAtIndependence(IReadOnlyList<Word> words, PlacedMention p)
    {
        var i = p.First - 1;
        if (i >= 0 && words[i].Lower == "the")
            i--;
        return i >= 1 && words[i].Lower == "from" && words[i - 1].Lower == "independence";
    }

    /// <summary>"as China competes with the United States for power, trade relations, and influence": what two compete for is no tie of the subject's.</summary>
    private static bool CompetedFor(IReadOnlyList<Word> words, int cue)
    {
        for (var i = cue - 1; i >= 1 && cue - i <= 6 && words[i].Lower is not (";" or "." or ":"); i--)
        {
            if (words[i].Lower != "for")
                continue;
            for (var j = i - 1; j >= 0 && i - j <= 6; j--)
            {
                if (words[j].Lower.StartsWith("compet", StringComparison.Ordinal) || words[j].Lower is "vie" or "vies" or "vying" or "vied")
                    return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// "a critical ally for Taiwan in Central America, a region in which Beijing has made inroads", "support for its membership of
    /// BRICS, an economic bloc that includes China": a relative clause on a noun in apposition is out of the cue's reach.
    /// </summary>
    private static bool InARelativeOnAThing(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        // The appositive's own noun opens with an article after the comma: "…, a region in which", not "…alliance, which encompasses".
        var apposition = -1;
        for (var i = cue.Index + cue.Length; i < other.First; i++)
        {
            if (words[i].Lower == "," && i + 1 < words.Count && words[i + 1].Lower is "a" or "an" or "the")
                apposition = i;
            else if (apposition >= 0 && i - apposition <= 5 && words[i].Lower is "which" or "where" or "whom" or "whose" or "that")
                return true;
        }
        return false;
    }

    /// <summary>
    /// "the naming dispute with Greece, which delayed NATO and EU aspirations": one named in a relative clause on the cue's
    /// counterpart is tied to the subject by the clause's verb, if at all, not by the cue.
    /// </summary>
    private static bool InARelativeOnAName(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        for (var i = cue.Index + cue.Length + 1; i + 1 < other.First; i++)
        {
            if (words[i].Lower == "," && words[i + 1].Lower is "which" or "who" or "whose" && Placement.IndexEndingAt(placed, i - 1) is var named and >= 0
                && placed[named].First >= cue.Index + cue.Length)
                return true;
        }
        return false;
    }

    /// <summary>"skirmishes in an area that the United States calls the Second Thomas Atoll": one who only names a thing is no party.</summary>
    private static bool NamesAThing(IReadOnlyList<Word> words, PlacedMention p)
    {
        var before = p.First - 1;
        if (before >= 0 && words[before].Lower == "the")
            before--;
        return before >= 0 && words[before].Lower is "that" or "which" or "what" && p.Last + 1 < words.Count && Naming.Contains(words[p.Last + 1]);
    }

    private static readonly WordSet Naming = new("calls", "call", "called", "knows", "know", "knew", "dubs", "dubbed", "terms", "termed", "names", "named", "refers", "referred");

    /// <summary>"Chinese support for our territorial integrity (with Kosovo)": a bracketed phrase is an aside no cue outside it reaches.</summary>
    private static bool InABracketedPhrase(IReadOnlyList<Word> words, PlacedMention p) =>
        p.First >= 2 && p.Last + 1 < words.Count && words[p.First - 2].Lower == "(" && words[p.Last + 1].Lower == ")"
        && words[p.First - 1].Lower is "with" or "in" or "on" or "over" or "against" or "from" or "to" or "including";

    /// <summary>"sanctions on Islamic State and al-Qaeda", in a piece about al-Qaeda: one listed beside the subject after a preposition shares its place in the clause, it is not its counterpart.</summary>
    private static bool ListedWithTheSubject(IReadOnlyList<Word> words, List<PlacedMention> placed, PlacedMention p, string subject)
    {
        foreach (var s in placed)
        {
            if (s.ActorId != subject)
                continue;
            var (from, to) = s.First > p.Last ? (p.Last + 1, s.First) : (s.Last + 1, p.First);
            var first = Math.Min(s.First, p.First);
            if (to - from is 1 or 2 && AllJoiners(words, from, to) && first >= 1 && ListPrepositions.Contains(words[first - 1]))
                return true;
        }
        return false;
    }

    private static readonly WordSet ListPrepositions = new("on", "against", "targeting", "upon");

    private static bool AllJoiners(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (words[i].Lower is not ("and" or "or" or ","))
                return false;
        }
        return true;
    }

    private static readonly WordSet Measuring = new("surpasses", "surpassed", "surpassing", "overtakes", "overtook", "overtaking", "outstrips", "outstripped", "outpaces", "outpaced", "exceeds", "exceeded", "outnumbers", "outnumbered");

    /// <summary>"the BRICS alliance now surpasses the G7 nations in combined GDP": one measured against is no counterpart.</summary>
    private static bool Measured(IReadOnlyList<Word> words, PlacedMention p)
    {
        var i = p.First - 1;
        if (i >= 0 && words[i].Lower == "the")
            i--;
        return i >= 0 && Measuring.Contains(words[i]);
    }

    /// <summary>"the U.S.-China rivalry is intensifying", in a piece about Pakistan: a noun right after a joined pair is the pair's own tie.</summary>
    private static bool NounOfAJoinedPair(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject)
    {
        if (cue.Value.Form != CueForm.Noun || LastEndingAt(placed, cue.Index - 1) is not { } second || second.ActorId == subject
            || second.First < 2 || !Placement.GluedHyphen(words, second.First - 1))
            return false;
        return LastEndingAt(placed, second.First - 2) is { } first && first.ActorId != subject && first.ActorId != second.ActorId;
    }

    /// <summary>
    /// Whether <paramref name="p"/> owns the title of an appositive ("Qatar, a GCC member,", "Turkey, a US ally within NATO,") or
    /// stands before "state" or "member" and a name: it says what another is.
    /// </summary>
    private static bool TitlesAnAppositive(IReadOnlyList<Word> words, PlacedMention p) =>
        (p.Last + 1 < words.Count && AppositiveTitles.Contains(words[p.Last + 1]) && OpensAnAppositive(words, p.First))
        // "while EU state Hungary … have observer status": the bloc before "state" and a name says what the name is.
        || (p.Last + 2 < words.Count && words[p.Last + 1].Lower is "state" or "member" && words[p.Last + 2].IsCapitalized);

    private static readonly WordSet AppositiveTitles = new("member", "ally", "partner", "proxy", "client");

    /// <summary>
    /// Whether ", a" (or ", a close") stands right before <paramref name="first"/>. "Japan, a fellow Quad member" is left to the
    /// cues: a fellow is a member beside someone else, who may be the subject.
    /// </summary>
    private static bool OpensAnAppositive(IReadOnlyList<Word> words, int first)
    {
        var article = first - 1;
        while (article > 0 && first - article <= 2 && words[article].Lower is not ("a" or "an" or "fellow") && !words[article].IsCapitalized)
            article--;
        return article >= 1 && words[article].Lower is "a" or "an" && words[article - 1].Lower == ",";
    }

    /// <summary>The actors a cue might tie to the subject: named as actors, not yet paired, not the subject's own.</summary>
    private static List<PlacedMention> Others(string subject, IReadOnlyList<Word> words, List<PlacedMention> placed, ISet<string> paired)
    {
        var others = new List<PlacedMention>();
        for (var k = 0; k < placed.Count; k++)
        {
            var p = placed[k];
            if (p.ActorId != subject && !paired.Contains(p.ActorId) && (!p.Adjective || StandsForItsNation(words, p)) && !Speaks(words, p) && !Modifies(words, p) && !NamesWhichStates(words, p) && !Placement.IsPlace(words, p) && !Placement.RestatesAPlace(words, placed, k) && !Placement.JoinedToAPlace(words, placed, k)
                && !OwnsTheSubject(words, placed, p, subject) && !SecondOfAJoinedPair(words, placed, p) && !Contrasted(words, p)
                // "Qatar, a GCC member, hosts …", "Turkey, a US ally, views …": the title's owner says what another is, it does not act.
                && !TitlesAnAppositive(words, p) && !InABracketedPhrase(words, p) && !Led(words, p) && !OwnsAPlace(words, p) && !LeftAtIndependence(words, p) && !ListedWithTheSubject(words, placed, p, subject) && !Measured(words, p) && !NamesAThing(words, p))
                others.Add(p);
        }
        // "…, angering Greece and Egypt": a participle's objects, which no other cue reaches.
        for (var k = 0; k < placed.Count; k++)
        {
            if (placed[k].First >= 2 && CueReader.ParticipleBetween(words, placed[k].First - 2, placed[k].First))
                foreach (var taken in Placement.ListAround(words, placed, k).OpeningFrom(placed[k].First))
                    others.Remove(taken);
        }
        return others;
    }

    private void ReadCued(string subject, bool subjectIsGroup, IReadOnlyList<Word> words, List<PlacedMention> placed, UnitPairs read, UnitFacts facts, PartialDate formerEnd, List<PlacedMention> others, List<ExtractedClaim> claims)
    {
        var subjectNamed = Placement.Names(placed, subject);

        var found = lexicon.CuesIn(words);
        var cues = new List<(int Index, int Length, Cue Value)>(found.Count);
        // By index: a foreach over the interface had its enumerator boxed for every unit.
        for (var k = 0; k < found.Count; k++)
        {
            var c = found[k];
            // The cheap tests first (a cue the cue readers spent, or inside a name): every test only rules out, so the order changes nothing else.
            if (c.Value.Form != CueForm.Paired && !read.Cues.Contains(c.Index) && !Placement.Covers(placed, c.Index) && !Mood(words, c.Index, c.Length) && !ScareQuoted(words, c)
                && !UnassertedCues.Unasserted(words, c.Index, c.Length) && !UnassertedCues.AllyOfAPerson(words, placed, c.Index) && !(EventNouns.Contains(words[c.Index].Lower) && (Condemned(words, c.Index) || EventDates.OnlyDates(words, c.Index, c.Index)))
                && !(c.Value.Hostile && GuardedAgainst(words, c.Index)) && !UnknownNames.Inside(words, placed, c.Index, c.Length) && !Attached(words, c.Index, c.Length, c.Value)
                && !DescribesPair(words, c.Index) && !AmongOthers(words, c) && !Switches(words, c.Index) && !OwnedByAnUnnamedGroup(words, placed, c.Index, !subjectIsGroup) && !OwnedByUnnamedStates(words, placed, c.Index, !subjectIsGroup)
                // Places someone else fills (SubjectReader.FilledPlaces.cs, SubjectReader.Doers.cs).
                && !DoneByUnnamedParties(words, placed, c.Index) && !UnknownObject(words, placed, c) && !SaidOfYou(words, c.Index) && !DescribesAnEvent(words, placed, c) && !DescribedAfter(words, c)
                && !DoneInsideARelative(words, placed, c.Index, subject) && !AttemptedByAnother(words, placed, c.Index, subject) && !CountriesOfAKind(words, placed, c, subject) && !FromAnAct(words, c) && !FoundedThingBefore(words, c) && !InsideAView(words, c.Index) && !Conditional(words, c.Index)
                && !(!subjectNamed && (DoneByTheTwo(words, c.Index) || DoneByTwoNamedBefore(words, placed, c.Index) || JointOfUnnamedParties(words, c) || BetweenUnnamedParties(words, placed, c))) && !(c.Value.Hostile && DoneByAThing(words, c.Index))
                && !(subjectIsGroup && AboutTheGovernment(words, c.Index + c.Length)) && !EachOther(words, c.Index, c.Length)
                && !CueReader.FoundedAThing(words, c.Index, c.Length, c.Value) && !CueReader.FoundedByFormerMembers(words, placed, c.Index) && !CueReader.StrikesAThing(words, placed, c.Index, c.Length, c.Value) && !CueReader.WithAThing(words, placed, c.Index, c.Length, c.Value)
                && !CueReader.ToSomeoneIn(words, c.Index, c.Length, c.Value) && !CompetedFor(words, c.Index) && !CueReader.AnEventTalkedAbout(words, c.Index, c.Value)
                && !CueReader.RecognizesNoName(words, placed, c.Index, c.Length) && !HelpToAnotherDoer(words, placed, c, subject) && !VerbOnAThing(words, placed, c) && !(!subjectIsGroup && StrikesOutlawsOfAPlace(words, placed, c)) && !NamesABody(words, c) && !TiesOfUnnamedHolders(words, placed, c) && !GivenToForcesOfAPlace(words, placed, c) && !NounOfANameBefore(words, placed, c, subject) && !MadeAPartnerByAnother(words, placed, c, subject) && !ParticipleOfAnOwnedNoun(words, placed, c, subject) && !NounDoneByANameAfter(words, placed, c, subject) && !HostileActByAnother(words, placed, c, subject) && !NounOfAJoinedPair(words, placed, c, subject)
                && !RepeatsAnOwnedNoun(words, placed, c, subject) && !(c.Value.Form == CueForm.Active && CueReader.PassiveWithoutDoer(words, c.Index, c.Value)) && !(c.Value.Form == CueForm.Passive && (CueReader.ToAnAct(words, c.Index + c.Length) || CueReader.GoodsOfANamedSupplier(words, placed, c.Index)))
                && !(!c.Value.Hostile && (CueReader.ToOthersOfAName(words, c.Index + c.Length) || CueReader.ForAThing(words, placed, c.Index + c.Length) || CueReader.ForACause(words, placed, c.Index + c.Length))) && !CueReader.HelpsToDo(words, c.Index, c.Index + c.Length) && !CueReader.ToAVerb(words, c.Index + c.Length)
                // "The three juntas quit ECOWAS": leaving a bloc is the subject's only where the sentence names it.
                && !(c.Value.Former && c.Value.Relation == RelationType.MemberOf && !subjectNamed))
                cues.Add(c);
        }
        // "Moscow signed a mutual-defence treaty with Pyongyang" in a piece about Seoul: without the subject
        // named, a cue standing between two other actors ties them to each other, not to the subject.
        if (!subjectNamed && cues.Count > 0)
            DropBetweenOthers(words, placed, subject, cues);
        // "Whether the Houthi link deepens": what is wondered about is not said.
        if (OpenedByAnUnnamedParty(words, placed, subject, subjectNamed) || words[0].Lower == "whether")
            return;
        if (cues.Count == 0 || (!subjectNamed && SpokenByAnother(words, placed, cues[0].Index)))
            return;
        // Without the subject named, only the actor nearest the cue can be the subject's counterpart.
        // "Morocco -- Algeria cut relations, accusing Rabat of hostile acts": a bullet's label stands apart from
        // the sentence; where the sentence names the actor again, that name is the one to read.
        var candidates = subjectNamed
            ? NotNamedAgain(words, others)
            : NearestToACue(words, placed, others, cues);
        var partnerNamed = RelationsWith(words, placed);
        // An actor named again after a contrast is read there too if its first name found no cue: "Tokyo has
        // no embassy in Taipei, but Japan is one of the island's closest partners".
        // A unit names few actors: lists scanned, where a set and a dictionary were made for every unit read.
        var claimed = new List<string>(candidates.Count);
        var firstNamed = new List<PlacedMention>(candidates.Count);
        // The cues ranked by distance, one buffer for all the unit's actors.
        var ranked = new ((int Index, int Length, Cue Value) Cue, int Distance)[cues.Count];
        // The words looked at for "former", one list for the unit's claims.
        List<Word>? near = null;
        List<PlacedMention>? unreached = null;
        List<(PlacedMention Member, (int Index, int Length, Cue Value) Cue)>? heads = null;
        foreach (var other in candidates)
        {
            if (claimed.Contains(other.ActorId))
                continue;
            // "Amid competition between China and the US, PNG … is boosting trade ties with China": so is one first named inside a fronted phrase.
            if (FirstOf(firstNamed, other.ActorId) is { } first && ContrastAfter(words, first) is var contrast && (contrast < 0 || contrast > other.First) && !InAFrontedPhrase(words, placed, subject, first, other))
                continue;
            if (FirstOf(firstNamed, other.ActorId) is null)
                firstNamed.Add(other);
            // "Ties with Ankara have improved since Baghdad banned the PKK": the sentence names its partner after "with".
            if (partnerNamed is not null && !partnerNamed.Contains(other))
                continue;
            if (OwnedElsewhere(words, placed, cues, subject, other) || (!subjectNamed && CondemnsAnEvent(words, placed, cues, other)))
                continue;
            // Nearest first, then the first that passes: the tests below then run on few cues, with the same pick (the sort is stable).
            // Where the first contrast after the actor stands, read once for both tests that ask.
            var contrastAfter = ContrastAfter(words, other);
            var nearest = ContrastingHostile(cues, other, contrastAfter) ?? HostileByAnotherName(placed, cues, other, contrastAfter) ?? FirstNearest(words, placed, cues, ranked, subject, other, subjectNamed, builder.CanBelong(subject, other.ActorId) || builder.CanBelong(other.ActorId, subject));
            // "with India, the United States, South Korea, France and Germany": a long list's far end shares its head's cue.
            if (nearest.Value is null && heads is { Count: > 0 } && heads[^1] is var head && SameList(words, placed, head.Member, other) && !OwnedByOneNamedAfter(words, placed, head.Cue, subject, other))
                nearest = head.Cue;
            if (nearest.Value is null)
            {
                (unreached ??= new List<PlacedMention>(2)).Add(other);
                continue;
            }
            if (CueReader.HelperOfAnAttack(words, nearest.Value, other))
                continue;
            // "they fight alongside the Somali army against al-Shabaab": one named after "against" is the foe of the tie's doers.
            // "criticism of Israel's war against Hamas": a foe of another's fight is no counterpart of the subject's cue.
            if (!nearest.Value.Hostile && CueReader.AgainstBetween(words, nearest.Index + nearest.Length, other.First) && OwnerBetween(words, placed, nearest.Index + nearest.Length, other.First))
                continue;
            if (!nearest.Value.Hostile && CueReader.AgainstBetween(words, nearest.Index + nearest.Length, other.First))
                nearest = (nearest.Index, nearest.Length, CueReader.AgainstCue);
            // "Russia's campaigns in Mali to support the military against JNIM", in a piece about JNIM: the subject named after
            // "against" is the foe of the one who supports.
            else if (!nearest.Value.Hostile && other.Last < nearest.Index && FirstNamedFrom(placed, subject, nearest.Index + nearest.Length) is { } foe
                && RightAfterAgainst(words, nearest.Index + nearest.Length, foe.First))
                nearest = (nearest.Index, nearest.Length, CueReader.AgainstCue);
            // "Boko Haram atrocities in Cameroon and international cooperation against the Islamist sect": a tie against a
            // foe described, not named, may well point back to the actor named before it, and is no tie with it.
            // "Nigeria's closest partner against the jihadists" is owned, and stays the subject's.
            else if (!nearest.Value.Hostile && other.Last + 3 < nearest.Index && !OwnedCue(words, nearest.Index) && AgainstTheUnnamed(words, placed, nearest.Index + nearest.Length))
                continue;
            else if (nearest.Value.Hostile && CueReader.JointWith(words, nearest.Index, nearest.Length, other.First))
                nearest = (nearest.Index, nearest.Length, CueReader.JointCue);
            else if (nearest.Value.Cut && CueReader.Switches(words, nearest.Index + nearest.Length))
                nearest = (nearest.Index, nearest.Length, CueReader.SwitchedFromCue);
            (heads ??= new List<(PlacedMention, (int, int, Cue))>(2)).Add((other, nearest));
            Add(other, nearest);
        }
        // "Armenia, Belarus, Kazakhstan, Kyrgyzstan and the Russian Federation are the member states": a long list's
        // first names stand beyond the cue's reach, and share the cue its last names reached.
        if (unreached is null || heads is null)
            return;
        foreach (var other in unreached)
        {
            if (!claimed.Contains(other.ActorId) && ReachedLaterInTheList(words, placed, heads, subject, other) is { } shared)
                Add(other, shared);
        }

        void Add(PlacedMention other, (int Index, int Length, Cue Value) nearest)
        {
            claimed.Add(other.ActorId);
            var claim = Claim(subject, other, nearest, words, facts);
            claims.Add(claim.Validity.Until is null && (nearest.Value.Former || qualifiers.Former(WordsBefore(words, other.First, nearest.Index, near ??= new List<Word>(6))))
                ? claim with { Validity = StructureReader.Ended(claim.Validity, formerEnd) }
                : claim);
        }
    }

    /// <summary>The cue of a later member of <paramref name="other"/>'s list, where that cue follows the whole list.</summary>
    private static (int Index, int Length, Cue Value)? ReachedLaterInTheList(
        IReadOnlyList<Word> words, List<PlacedMention> placed, List<(PlacedMention Member, (int Index, int Length, Cue Value) Cue)> heads, string subject, PlacedMention other)
    {
        foreach (var (member, cue) in heads)
        {
            if (member.First > other.Last && cue.Index > member.Last && SameList(words, placed, other, member)
                && !CueReader.HelperOfAnAttack(words, cue.Value, other) && !OwnedByOneNamedAfter(words, placed, cue, subject, other))
                return cue;
        }
        return null;
    }

    /// <summary>Whether a possessive stands within three words before the cue at <paramref name="cue"/> ("Nigeria's closest partner").</summary>
    private static bool OwnedCue(IReadOnlyList<Word> words, int cue)
    {
        for (var i = cue - 1; i >= 0 && cue - i <= 3; i--)
        {
            if (words[i].Lower is "'s" or "’s" or "its" or "their" or "his" or "her" or "our")
                return true;
            if (words[i].Lower is "," or ";" or "." or ":")
                return false;
        }
        return false;
    }

    /// <summary>Whether "against the" follows <paramref name="after"/> and no actor is named in the four words after it.</summary>
    private static bool AgainstTheUnnamed(IReadOnlyList<Word> words, List<PlacedMention> placed, int after)
    {
        if (after + 2 >= words.Count || words[after].Lower != "against" || words[after + 1].Lower != "the")
            return false;
        foreach (var p in placed)
        {
            if (p.First > after && p.First <= after + 5)
                return false;
        }
        return true;
    }

    /// <summary>Whether "against" stands within three words before <paramref name="named"/> ("against the JNIM"), in the same clause as <paramref name="from"/>.</summary>
    private static bool RightAfterAgainst(IReadOnlyList<Word> words, int from, int named)
    {
        for (var i = from; i < named; i++)
        {
            if (words[i].Lower is ";" or "." or ":")
                return false;
        }
        for (var i = named - 1; i >= from && named - i <= 3; i--)
        {
            if (words[i].Lower == "against")
                return true;
        }
        return false;
    }

    /// <summary>Whether a cue, ranked at <paramref name="distance"/> from <paramref name="other"/>, may tie it to the subject.</summary>
    private static bool Passes(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, int distance, string subject, PlacedMention other, bool subjectNamed) =>
        distance <= Reach && !TooFarForAVerb(words, cue, distance, other) && !AnotherDoer(words, placed, cue, subject, other) && !UnknownObjectAfter(words, placed, cue, other) && !FilledByAnother(words, placed, cue, subject, other) && !InAppositionToAnother(words, placed, cue, other) && !InATitleOfAnother(words, placed, cue, subject, other) && !OutsideTheBetween(words, cue, other) && !APairWithoutTheSubject(words, placed, cue, subject, other) && !BeyondAFrontedPhrase(words, placed, cue.Index, other) && !Crosses(words, cue.Index, cue.Length, other) && Fits(words, placed, cue, other)
        && OwnerAllows(words, placed, cue.Index, subject, other) && !OwnedByOneNamedAfter(words, placed, cue, subject, other) && !NameOfTheBody(words, cue, other) && !PartnersOfNoOneNamed(words, cue) && !AlliesOfTheName(words, cue, other, subjectNamed) && !OwnedByAnUnknownName(words, placed, cue, other) && !PartnersSomewhere(words, cue) && !JoinedToThePartners(words, cue, other) && !MemberOfAnOwnedBody(words, cue, other) && !FarAfterOwnedNoun(words, placed, cue, subject, other) && !ObjectOfPreposition(words, placed, cue, subject, other) && !TheirsWithoutPartner(words, placed, cue, other) && !TopicOfTheObject(words, cue, other) && !TopicIsTheSubject(words, placed, cue, subject, other) && !SourcedElsewhere(words, placed, cue, other) && !VictimOfTheObject(words, placed, cue, subject, other) && !DoerOfAnAct(words, placed, cue, subject, other) && !DoneByADemonym(words, placed, cue, subject, other) && !SaidOfTheClauseDoer(words, placed, cue, other)
        && !SetAgainstTheObject(words, cue, other) && !FacingTheThreat(words, cue, other) && !RivalsOfOneAnother(words, cue) && !PatientNamedBefore(words, placed, cue, subject, other) && !HostilityOfAPairBefore(words, placed, cue, subject, other) && !CueReader.PlaceOfOthers(words, cue.Index, cue.Length, cue.Value, other) && !InARelativeOnAThing(words, cue, other) && !InARelativeOnAName(words, placed, cue, other) && !PastItsRelative(words, cue, other) && !InARelativeBeforeTheVerb(words, cue, other) && !InAClauseAfterTheNoun(words, cue, other) && !LostAlliesAfter(words, cue, other) && !CondemnerOfALabel(words, cue, other) && (!subjectNamed || Opposite(words, placed, cue, subject, other));

    /// <summary>The three words before each of two places, where "former" or "now-gone" would stand; "the former" naming someone is left out.</summary>
    private static List<Word> WordsBefore(IReadOnlyList<Word> words, int first, int second, List<Word> near)
    {
        near.Clear();
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

    /// <summary>"The SCO was founded in 2001 by Kazakhstan, Kyrgyzstan …": the ones named after the participle's "by" did it.</summary>
    private static bool DoneBy(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) found, PlacedMention other)
    {
        var by = found.Index + found.Length;
        while (by < other.First && by - found.Index <= 6 && words[by].Lower != "by")
            by++;
        var named = by + 1;
        while (named < other.First && named - by <= 3 && CueReader.ByOpeners.Contains(words[named]))
            named++;
        if (by >= other.First || words[by].Lower != "by" || !CueReader.ParticipleBy(words, found.Index, found.Length, named))
            return false;
        // The other must be the first named after "by", or further along the same list of names.
        for (var i = named; i < other.First; i++)
        {
            if (!words[i].IsCapitalized && words[i].Lower is not ("," or "and"))
                return false;
        }
        return true;
    }

    private ExtractedClaim Claim(string subject, PlacedMention other, (int Index, int Length, Cue Value) found, IReadOnlyList<Word> words, UnitFacts facts)
    {
        var cue = found.Value;
        var areas = cue.Hostile ? [] : Union(cue.Areas, facts.Areas);
        // A backer named after the cue ("backed by X"), a sponsor noun ("its backer X") or a support
        // verb the other actor governs ("X arms ...") make the other actor the giving side.
        // "Iran is a key patron of Hezbollah": a backer noun whose "of" names the other makes the other the client.
        var after = found.Index + found.Length;
        var otherReceives = cue.Reversed && other.First > found.Index && after < words.Count && words[after].Lower is "of" or "to" or "for";
        var otherGives = (cue.Reversed && !otherReceives)
            || cue.Form == CueForm.Mediation // Fits let only the mediator through: "Oman mediated", "mediated by Qatar"
            || (cue.Form == CueForm.Passive && other.First > found.Index)
            || (cue.Form == CueForm.Active && (other.Last < found.Index || DoneBy(words, found, other)));
        var (source, target) = otherGives ? (other.ActorId, subject) : (subject, other.ActorId);
        // "with its government severing ties with Taiwan": a cut with no hostility stated denies the tie (as ClaimBuilder reads it).
        var cutOnly = cue.Cut && !HostileWords.In(words);
        var relation = cutOnly ? RelationType.PragmaticPartner : builder.Settle(cue.Relation, source, target, areas);
        // Between a bloc and another, the other is the member; between two others ("The coalition's principal member is
        // the M23"), the cue's form says which side belongs.
        if (relation == RelationType.MemberOf && (builder.IsBloc(subject) || builder.IsBloc(other.ActorId)))
            (source, target) = builder.IsBloc(subject) ? (other.ActorId, subject) : (subject, other.ActorId);
        // "avoid treating the Alliance of Sahel States as an enemy": the negation may stand before the other actor.
        // ... but only when the cue follows closely: in "Iraq does not recognise Israel …; officials describe it as an enemy" it does not.
        var negatedFrom = other.Last < found.Index && found.Index - other.Last <= 4 ? Math.Min(found.Index - 3, other.First - 3) : found.Index - 3;
        var negated = qualifiers.Negated(words, Math.Max(0, negatedFrom), found.Index);
        return new ExtractedClaim(source, target, relation, facts.Start, facts.End, $"subject:{cue.Words[0]}")
        {
            Areas = relation.IsHostile() ? [] : areas,
            Directed = !cue.Mutual && relation.IsDirectedByDefault(),
            Polarity = negated || cue.Negative || cutOnly ? Polarity.Denies : Polarity.Asserts,
            Hedged = cue.Hedged || facts.Hedged,
            Validity = facts.ValidityAt(found.Index),
        };
    }
}
