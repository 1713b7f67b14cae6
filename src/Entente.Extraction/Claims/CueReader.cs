namespace Entente.Extraction.Claims;

/// <summary>
/// Reads one unit's words: finds the cues of the lexicon and the parties each ties together, by the
/// cue's form (active, passive, compound, prefix, noun, mediation). Types and qualifiers come later.
/// </summary>
internal sealed partial class CueReader(CueLexicon lexicon)
{
    private const int Reach = 8;
    private const int HostileReach = 4;

    private static readonly WordSet Stops = new(";", ".", "while", "whereas", "but", "although", "though", "however", "meanwhile", "?", "!");

    // "armed groups", "backed forces": participles used as adjectives describe, they do not assert.
    internal static readonly WordSet GenericNouns = new(
        "groups", "group", "forces", "force", "militia", "militias", "factions", "faction", "wing", "men", "conflict",
        "struggle", "opposition", "rebels", "rebellion", "resistance", "clashes", "attacks", "violence"
    );

    // Asked before the iterator is made: most units name fewer than two actors or hold no cue.
    // The document's subject is asked for only where a cue names its doer nowhere: "the foreign minister has shuttled between …".
    public IEnumerable<Draft> Read(IReadOnlyList<Word> words, List<PlacedMention> placed, string? subject) =>
        placed.Count < 2 || lexicon.CuesIn(words).Count == 0 ? [] : ReadCues(words, placed, subject);

    // Filled in one go rather than yielded: the drafts of a unit are few, and an iterator for each cue form made several objects per cue.
    private List<Draft> ReadCues(IReadOnlyList<Word> words, List<PlacedMention> placed, string? subject)
    {
        var drafts = new List<Draft>();
        var cues = lexicon.CuesIn(words);
        for (var c = 0; c < cues.Count; c++)
        {
            var (index, length, cue) = cues[c];
            if (Placement.Covers(placed, index) || UnknownNames.Inside(words, placed, index, length))
                continue;
            if (UnassertedCues.Unasserted(words, index, length) || UnassertedCues.AllyOfAPerson(words, placed, index))
            {
                // "ISIS-K and the Taliban jointly attacked villages": a strike on things still shows who struck together.
                if (cue.Hostile && cue.Form == CueForm.Active && Before(words, placed, index, Reach) is var doer and >= 0)
                    StruckTogether(words, placed, doer, index, length, drafts);
                continue;
            }
            // "Iranian-backed": a verb cue glued to a name by a hyphen is the compound, whatever else the word can be.
            var form = cue.Form == CueForm.Active && index > 1 && words[index - 1].Lower == "-" && !ReHyphen(words, index) ? CueForm.Compound : cue.Form;
            // "signed US-brokered agreements with Israel": the broker stands before the hyphen; the signatories are no mediators.
            if (form == CueForm.Mediation && index > 1 && words[index - 1].Lower == "-")
                continue;
            var from = drafts.Count;
            switch (form)
            {
                case CueForm.Active: Active(words, placed, index, length, cue, drafts); break;
                case CueForm.Passive: Passive(words, placed, index, length, cue, drafts); break;
                case CueForm.Compound: Compound(words, placed, index, length, cue, drafts); break;
                case CueForm.Prefix: Prefix(words, placed, index, cue, drafts); break;
                case CueForm.Mediation: drafts.AddRange(Mediation(words, placed, index, length, cue, subject)); break;
                case CueForm.Paired: Paired(words, placed, index, cue, drafts); break;
                default:
                    // A noun cue right after a hyphenated pair is that pair's; else the noun's own reading.
                    Paired(words, placed, index, cue, drafts);
                    if (drafts.Count == from)
                        Noun(words, placed, index, length, cue, drafts);
                    break;
            }
            DropSelfTies(drafts, from);
        }
        return drafts;
    }

    private static readonly WordSet BodyPlurals = new("organisations", "organizations", "bodies", "blocs", "groupings", "institutions", "forums", "alliances");

    /// <summary>Where the first body named after "organisations such as" (or "including", "like") stands, within six words of <paramref name="after"/>; else -1.</summary>
    private static int BodiesSuchAs(IReadOnlyList<Word> words, List<PlacedMention> placed, int after)
    {
        for (var i = after; i < words.Count - 2 && i - after <= 6; i++)
        {
            if (!BodyPlurals.Contains(words[i]))
                continue;
            var j = words[i + 1].Lower == "," ? i + 2 : i + 1;
            if (j + 1 < words.Count && words[j].Lower == "such" && words[j + 1].Lower == "as")
                j += 2;
            else if (j < words.Count && words[j].Lower is "including" or "like")
                j++;
            else
                return -1;
            if (j < words.Count && words[j].Lower == "the")
                j++;
            return Placement.IndexOpeningAt(placed, j);
        }
        return -1;
    }

    private static readonly WordSet CounterpartNouns = new(
        "rivals", "rival", "allies", "ally", "partners", "partner", "enemies", "enemy", "foes", "adversaries", "neighbours", "neighbors",
        "proxies", "proxy", "backers", "friends", "clients", "opponents");

    /// <summary>
    /// Where the object is another's counterparts ("India's traditional rivals"), the index of the first name set beside
    /// them ("…, China and Pakistan"), -1 if none is, or -2 where the object is no such noun.
    /// </summary>
    private static int OwnersCounterparts(IReadOnlyList<Word> words, List<PlacedMention> placed, int owner)
    {
        var at = placed[owner].Last + 1;
        if (at >= words.Count || words[at].Lower is not ("'s" or "’s"))
            return -2;
        for (var i = at + 1; i < words.Count && i - at <= 3; i++)
        {
            if (!CounterpartNouns.Contains(words[i]))
                continue;
            return i + 2 < words.Count && words[i + 1].Lower == "," ? Placement.IndexOpeningAt(placed, i + 2) : -1;
        }
        return -2;
    }

    /// <summary>Drops the drafts from <paramref name="from"/> on that tie an actor to itself, keeping the order of the rest.</summary>
    private static void DropSelfTies(List<Draft> drafts, int from)
    {
        var kept = from;
        for (var k = from; k < drafts.Count; k++)
        {
            if (drafts[k].Source != drafts[k].Target)
                drafts[kept++] = drafts[k];
        }
        drafts.RemoveRange(kept, drafts.Count - kept);
    }

    /// <summary>Every two of the list around <paramref name="left"/> that stand before the cue, tied by it.</summary>
    private static void PairedBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int left, int index, Cue cue, string rule, List<Draft> into)
    {
        var pair = Placement.ListAround(words, placed, left).Where(p => p.Last < index).DistinctBy(p => p.ActorId).ToList();
        for (var i = 0; i < pair.Count; i++)
            for (var j = i + 1; j < pair.Count; j++)
                into.Add(new Draft(pair[i].ActorId, pair[j].ActorId, cue, index, pair[i].First, rule));
    }

    private static bool FoughtEachOther(IReadOnlyList<Word> words, int index, int length, Cue cue) =>
        cue.Hostile && length == 1 && words[index].Lower is "fought" or "clashed" && !Together(words, index, length)
        && (index + 1 >= words.Count || words[index + 1].Lower is not ("in" or "alongside" or "together" or "side" or "for" or "against" or "with" or "on" or "beside" or "as"));

    /// <summary>
    /// "the newly established Africa Corps": a participle before its noun describes it and asserts nothing; nor does a
    /// verb's plural-noun twin after the goods it names ("buyers of Russian energy supplies", "gas shipments").
    /// </summary>
    internal static bool Attributive(IReadOnlyList<Word> words, int index, int length, Cue cue) =>
        cue.Form == CueForm.Active && length == 1 && index > 0 && (GoodsBefore(words, index) || HostileAdjective(words, index, cue) || words[index].Lower.EndsWith("ed", StringComparison.Ordinal)
        && (words[index - 1].Lower is "the" or "a" or "an" or "newly" or "recently" or "freshly" or "hastily"
            // "a jointly owned port", but "ISKP and the Taliban jointly attacked"
            || (words[index - 1].Lower == "jointly" && index > 1 && words[index - 2].Lower is "the" or "a" or "an")
            // "the Sudanese armed forces", "Sudan's armed forces"
            || ((words[index - 1].IsCapitalized || words[index - 1].Lower is "'s" or "’s") && index + 1 < words.Count && GenericNouns.Contains(words[index + 1]))));

    private static readonly WordSet BeForms = new("is", "was", "are", "were", "been", "being", "be");
    internal static readonly WordSet ByOpeners = new("the", "leaders", "heads", "governments", "presidents", "of");

    /// <summary>"It is funded, trained, and equipped by the IRGC": an "-ed" verb after a form of "be" with "by" ahead is passive; the passive reading has it.</summary>
    private static bool PassiveChain(IReadOnlyList<Word> words, int index, int length)
    {
        if (length != 1 || index == 0 || !words[index].Lower.EndsWith("ed", StringComparison.Ordinal))
            return false;
        // Back over the verbs joined to it ("funded, trained, and equipped") to the form of "be"; "is \"extensively funded\" by":
        // an adverb or a quotation mark stands between them too.
        var start = index - 1;
        while (start > 0 && index - start <= 8 && (words[start].Lower is "," or "and" or "\"" or "“" or "”" || JoinedVerb(words[start]) || MannerAdverb(words[start])))
            start--;
        if (!BeForms.Contains(words[start]))
            return false;
        for (var i = index + 1; i < words.Count && i - index <= 8; i++)
        {
            if (words[i].Lower is ";" or ".")
                return false;
            if (words[i].Lower == "by")
                return true;
        }
        return false;
    }

    /// <summary>"Armenia was provided with Russian weapons": the one provided receives; ReceivedAid reads the giver.</summary>
    private static bool ProvidedWith(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && index > 0 && index + 1 < words.Count && BeForms.Contains(words[index - 1]) && words[index + 1].Lower == "with"
        && words[index].Lower.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>Whether the noun at <paramref name="index"/> opens with "the" right after "and" or a comma ("X and the four members of").</summary>
    private static bool CoordinatedNoun(IReadOnlyList<Word> words, int index)
    {
        var i = index - 1;
        while (i >= 0 && index - i <= 3 && words[i].Lower != "the" && !words[i].IsCapitalized && char.IsLetterOrDigit(words[i].Lower[0]))
            i--;
        return i >= 1 && words[i].Lower == "the" && words[i - 1].Lower is "and" or ",";
    }

    /// <summary>
    /// "founded in 1982 by", "established by", "founded on June 15 2001 by the leaders of": an "-ed" verb whose "by" follows it
    /// within a short time phrase; the one named after "by" did it.
    /// </summary>
    internal static bool ParticipleBy(IReadOnlyList<Word> words, int index, int length, int named)
    {
        // "formed by the Russian defence ministry", "by the leaders of Kazakhstan": an article, or the leaders of the one named,
        // may stand between "by" and the name.
        var by = named - 1;
        while (by > index && named - by <= 3 && ByOpeners.Contains(words[by]))
            by--;
        if (length != 1 || !words[index].Lower.EndsWith("ed", StringComparison.Ordinal) || by - index < 1 || by - index > 5 || words[by].Lower != "by")
            return false;
        for (var i = index + 1; i < by; i++)
        {
            if ((words[i].IsCapitalized && !TimeExpressions.IsMonth(words[i])) || !char.IsLetterOrDigit(words[i].Lower[0]))
                return false;
        }
        return true;
    }

    /// <summary>
    /// "aimed at deterring any Russian aggression and supporting Ukraine": a name in the object of one gerund is not the doer
    /// of the gerund "and" joins to it.
    /// </summary>
    internal static bool ObjectOfAnEarlierGerund(IReadOnlyList<Word> words, PlacedMention named, int verb)
    {
        if (!Gerund(words[verb]))
            return false;
        var and = verb - 1;
        if (and >= 1 && MannerAdverb(words[and]))
            and--;
        if (and < 1 || words[and].Lower != "and" || and <= named.Last || and - named.Last > 3)
            return false;
        for (var i = named.First - 1; i >= 0 && named.First - i <= 3; i--)
        {
            if (Gerund(words[i]))
                return true;
            if (words[i].IsCapitalized || !words[i].Lower.All(char.IsLetter))
                return false;
        }
        return false;
    }

    private static bool Gerund(Word word) =>
        !word.IsCapitalized && word.Lower.Length > 5 && word.Lower.EndsWith("ing", StringComparison.Ordinal) && !GerundLikePrepositions.Contains(word);

    private static readonly WordSet GerundLikePrepositions = new("during", "including", "regarding", "concerning", "following", "according", "excluding", "pending", "notwithstanding", "something", "anything", "nothing", "everything");

    internal static bool MannerAdverb(Word word) => !word.IsCapitalized && word.Lower.Length > 4 && word.Lower.EndsWith("ly", StringComparison.Ordinal);

    private void Active(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int length, Cue cue, List<Draft> into)
    {
        // "Hamas receives funding and weapons from Iran": after "receives" the cue is a noun, and the passive reading has it.
        if (index > 0 && words[index - 1].Lower == "-" && !ReHyphen(words, index) || Attributive(words, index, length, cue) || index > 0 && Receives.Contains(words[index - 1])
            || PassiveChain(words, index, length) || ProvidedWith(words, index, length) || NamedGerund(words, placed, index, length) || PassiveWithoutDoer(words, index, cue))
            return;
        var after = index + length;
        if (after < words.Count && GenericNouns.Contains(words[after]) || BareNoun(words, placed, index, length) || HelpsToDo(words, index, after)
            || cue.Hostile && UnassertedCues.StrikesAnAttempt(words, after))
            return;
        // "the EU and the four founding members of Mercosur": a member noun joined to a name by "and the" is not that name's predicate.
        if (cue.Relation == RelationType.MemberOf && CoordinatedNoun(words, index))
            return;
        // "The UN report says members of al-Qaeda live in Kabul": members named after a speech verb are a noun, not the speaker's membership.
        if (index > 0 && words[index].Lower is "members" or "member" && words[index - 1].Lower is "says" or "said" or "say" or "that")
            return;
        // "The accords normalised relations between Israel and the UAE": a mutual verb's parties may follow "between".
        if (cue.Mutual && after < words.Count && words[after].Lower == "between")
        {
            var before = into.Count;
            Between(words, placed, after + 1, index, cue, into);
            if (into.Count > before)
                return;
        }
        // "has funded and armed Hezbollah": the second verb of a chain has the first one's doer.
        var chain = ChainStart(words, index);
        // "taken New Delhi on board in its efforts to normalise relations with China": the pronoun's aim, not the name before it.
        if (chain >= 3 && words[chain - 1].Lower == "to" && words[chain - 3].Lower is "its" or "their" or "his" or "her")
            return;
        var left = Before(words, placed, chain, Reach * 2);
        if (left >= 0 && (Reciprocal(words, after) || SaysEachOther(words, index, length)))
        {
            // "The United States and the Houthis agreed to stop attacking each other": the pair is before the verb.
            PairedBefore(words, placed, left, index, cue with { Mutual = true }, "active", into);
            return;
        }
        // "opposes any change to its border with Armenia": a hostile verb strikes what stands right after it.
        left = HeadOfRelativeClause(words, placed, chain) is var head and >= 0 ? head : PastSubordinateAside(words, placed, Before(words, placed, chain, Reach), chain);
        left = PastCoordinatedObject(words, placed, left, chain, lexicon.CuesIn(words));
        // "insists it is neutral in the war between Russia and Ukraine despite longstanding ties with Moscow": the ties
        // after "despite" are the clause's doer's, not those of the name the preposition before it governs.
        if (left >= 0 && DespiteBefore(words, chain) && placed.FindIndex(p => !Placement.IsPlace(words, p) && !p.Adjective) is var opener and >= 0 && opener < left)
            left = opener;
        // "involved in the war against the TPLF in support of the Ethiopian government": the one fought is not the doer.
        while (left >= 0 && OfAgainst(words, placed[left]))
            left--;
        if (left >= 0 && ObjectOfAnEarlierGerund(words, placed[left], chain))
            return;
        if (FoundedByFormerMembers(words, placed, index))
            return;
        var right = After(words, placed, after - 1, cue.Hostile ? HostileReach : Reach);
        // "a member of Russia-dominated organisations such as the EEU and the CSTO": the bodies are named after "such as".
        if (cue.Relation == RelationType.MemberOf && BodiesSuchAs(words, placed, after) is var such and >= 0)
            right = such;
        // "Rwandan troops conducted joint attacks with M23 fighters against Congo's army": who strikes jointly "with" is an ally.
        if (cue.Hostile && right >= 0 && JointWith(words, index, length, placed[right].First))
            cue = JointCue;
        // "Iran provides weapons, training, and other forms of assistance to Hezbollah": the receiver after "to" may follow a list of goods.
        if (right < 0 && !cue.Hostile && After(words, placed, after - 1, Reach + 6) is var far and >= 0 && words[placed[far].First - 1].Lower == "to")
            right = far;
        // "China is financing big-budget infrastructure projects in Zimbabwe": the state the projects are in receives the money.
        if (right < 0 && (cue.Areas.Contains(Area.Funding) || cue.Areas.Contains(Area.Investment)) && ProjectsIn(words, placed, after) is var host and >= 0)
            right = host;
        // "Turkey purchased the S-400 air-defense system from Russia": a seller after "from" may follow a long name of the goods,
        // which no passive cue ("weapons from") reads.
        var soldFarFrom = false;
        if (right < 0 && BuyVerbs.Contains(words[after - 1]) && After(words, placed, after - 1, Reach + 6) is var seller and >= 0 && words[placed[seller].First - 1].Lower == "from")
            (right, soldFarFrom) = (seller, true);
        if (right >= 0 && CountryOfACity(words, placed, placed[right]))
            right = -1;
        // "The PKK has long fought NATO ally Turkey": the verb acts on the name the title is set before.
        if (right >= 0 && TitledNames.BorneAfter(words, placed, placed[right]) is var titled and >= 0)
            right = titled;
        // "the GNA and Turkey signed a deal, angering Greece and Egypt": a participle after a comma takes its own object.
        if (right >= 0 && !cue.Hostile && ParticipleBetween(words, after, placed[right].First))
            right = -1;
        // "Israel and the UAE established diplomatic relations in 2020": a mutual verb with no one after it pairs those before it;
        // so does "Pakistan and India have fought four wars" (but not "fought in Syria" or "fought alongside").
        if ((cue.Mutual || FoughtEachOther(words, index, length, cue)) && left >= 0 && right < 0)
        {
            PairedBefore(words, placed, left, index, cue, "pair", into);
            return;
        }
        // "by selling fighter jets to Myanmar, China and Russia are responsible": a fronted gerund's doer follows its clause.
        // "A dynamic member of SADC, Namibia is …", "As a member of NATO, Turkey …": so does a fronted membership's.
        if (right >= 0 && ((chain > 0 && words[chain - 1].Lower == "by") || (left < 0 && cue.Relation == RelationType.MemberOf && FrontedMembership(words, chain))))
        {
            into.AddRange(FrontedByAGerund(words, placed, right, index, cue));
            return;
        }
        if (left >= 0 && right < 0 && cue.Hostile)
            StruckTogether(words, placed, left, index, length, into);
        if (left < 0 || right < 0)
            return;
        // "which Cairo has supported throughout the war with the Rapid Support Forces": the name belongs to the war.
        if (!cue.Hostile && (HostileCueBetween(words, after, placed[right].First) || FightBetween(words, after, placed[right].First) || AgainstBetween(words, after, placed[right].First)))
        {
            // "The US and Japan signed a deal against China": those who tie themselves to each other against another are a pair.
            if (cue.Mutual && AgainstBetween(words, after, placed[right].First))
                PairedBefore(words, placed, left, index, cue, "pair", into);
            return;
        }
        // "imports most of its gas from Russia": the seller after "from" is the passive cue's ("gas from") to read.
        if (BuyVerbs.Contains(words[after - 1]) && words[placed[right].First - 1].Lower == "from" && !soldFarFrom)
            return;
        if (!cue.Hostile && (ToOthersOfAName(words, after) || ForAThing(words, placed, after) || ForACause(words, placed, after) || ToSomeoneIn(words, index, length, cue) || RecognizesNoName(words, placed, index, length))
            || AccuserBeforeIt(words, placed[left], chain))
            return;
        // "Pakistan supports the Chinese stance over Taiwan": the verb's object is the stance; Taiwan is what it is about.
        if (placed[right].First - 1 > after && TopicPrepositions.Contains(words[placed[right].First - 1]))
            return;
        // "Iran condemned the violation of Venezuela's sovereignty": what is condemned is the violation; Venezuela suffered it.
        if (cue.Negative && !SanctionWords.Contains(words[index]) && Enumerable.Range(after, placed[right].First - after).Any(i => VictimPrepositions.Contains(words[i])))
            return;
        // "to work more closely with India's traditional rivals, China and Pakistan": the possessor's counterparts are the object.
        if (!cue.Hostile && OwnersCounterparts(words, placed, right) is var named and not -2)
        {
            if (named < 0)
                return;
            right = named;
        }
        var targets = Placement.ListAround(words, placed, right).OpeningFrom(after);
        // "between Morocco and Algeria, which supports the Polisario": a singular verb after "which" is the last one's alone.
        var singular = SingularRelative(words, placed[left], chain);
        var doers = singular ? [placed[left]] : PastAFrontedClause(words, Placement.ListAround(words, placed, left).EndingBefore(index), placed[left]);
        // "Hezbollah, founded in 1982 by Iran": a participle whose "by" names the one after it is passive; that one did it.
        if (ParticipleBy(words, index, length, placed[right].First))
            (doers, targets) = (targets, doers);
        // "Egypt repelled Iran with France": one named after a bare "with" strikes beside the doers; it is not struck.
        if (cue.Hostile && StrikesWith(words, targets) is var beside and > 0)
            (doers, targets) = ([.. doers, .. targets[beside..]], targets[..beside]);
        var sources = doers.Concat(Helpers(words, placed, targets[^1].Last + 1));
        if (cue.Relation == RelationType.MemberOf)
        {
            sources = sources.Concat(FellowMembers(words, placed, targets[^1].Last + 1));
            if (FellowsInList(words, targets) is var fellows and > 0)
                (sources, targets) = (sources.Concat(targets[fellows..]), targets[..fellows]);
        }
        foreach (var source in sources)
            foreach (var target in targets)
                into.Add(new Draft(source.ActorId, target.ActorId, cue, index, source.First, singular ? "active-which" : "active"));
        // "switching diplomatic recognition from Taiwan to China": the side switched to is the doers' new partner.
        if (cue.Former && words[index].Lower.StartsWith("switch", StringComparison.Ordinal) && SwitchedTo(words, placed, targets[^1].Last) is { } to)
        {
            foreach (var source in doers)
                into.Add(new Draft(source.ActorId, to.ActorId, SwitchedToCue, index, source.First, "active-switched-to"));
        }
        if (cue.Relation == RelationType.Ally && CommonFoe(words, placed, targets[^1].Last) is { } foe)
        {
            foreach (var side in Placement.ListAround(words, placed, left).EndingBefore(index).Concat(targets))
                into.Add(new Draft(side.ActorId, foe.ActorId, AgainstCue, index, side.First, "active-against"));
        }
        if (cue.Hostile)
            StruckTogether(words, placed, left, index, length, into);
    }

    /// <summary>
    /// "While most Pacific states have relations with China, Tuvalu recognizes Taiwan": a clause a subordinating word opens
    /// ends at its comma, so a name before that comma is no doer of the verb after it.
    /// </summary>
    private static List<PlacedMention> PastAFrontedClause(IReadOnlyList<Word> words, List<PlacedMention> doers, PlacedMention doer)
    {
        // "Sidestepping tensions with Israel, Jordan helps …": so does a participle clause that opens the sentence.
        if (doers.Count < 2 || !(Subordinators.Contains(words[0]) || IngForm(words[0])))
            return doers;
        var comma = 1;
        while (comma < doer.First && words[comma].Lower != ",")
            comma++;
        return comma < doer.First ? doers.FindAll(d => d.First > comma) : doers;
    }

    internal static readonly Cue SwitchedToCue = new(["switched", "to"], CueForm.Active, RelationType.PragmaticPartner, []) { Mutual = true };

    /// <summary>The one named right after "to" that follows the side switched from, if any.</summary>
    private static PlacedMention? SwitchedTo(IReadOnlyList<Word> words, List<PlacedMention> placed, int lastFrom)
    {
        if (lastFrom + 2 >= words.Count || words[lastFrom + 1].Lower != "to")
            return null;
        return placed.Find(p => p.First == lastFrom + 2 || (p.First == lastFrom + 3 && words[lastFrom + 2].Lower == "the"));
    }

    /// <summary>What "against" says of the one it names: a foe of those who act, whatever the verb ("fight alongside X against Y").</summary>
    internal static readonly Cue AgainstCue = new(["against"], CueForm.Active, RelationType.Adversary, []) { Hostile = true, Mutual = true };

    private static readonly WordSet FellowFighters = new("paramilitaries", "militias", "groups", "factions", "allies", "tribes", "volunteers", "mercenaries", "armed");

    private static readonly WordSet ForceNouns = new("army", "armed", "forces", "force", "troops", "military", "soldiers", "government", "units", "in", "the", "fighters", "rebels", "militants");

    /// <summary>"fight alongside the Somali army against al-Shabaab": whom the allies fight together is the enemy of each.</summary>
    private static PlacedMention? CommonFoe(IReadOnlyList<Word> words, List<PlacedMention> placed, int lastAlly)
    {
        var i = lastAlly + 1;
        while (i < words.Count && i <= lastAlly + 4 && ForceNouns.Contains(words[i]))
            i++;
        // "alongside the Iraqi Government and other Shiite paramilitaries against the Islamic State": unnamed fellow fighters
        // joined to the last ally stand between it and "against".
        if (i + 1 < words.Count && words[i].Lower == "and" && words[i + 1].Lower is "other" or "allied" or "local")
        {
            var j = i + 2;
            while (j < words.Count && j <= i + 5 && (words[j].IsCapitalized || FellowFighters.Contains(words[j]) || ForceNouns.Contains(words[j])) && !placed.Exists(p => p.First == j))
                j++;
            if (j > i + 2 && (FellowFighters.Contains(words[j - 1]) || ForceNouns.Contains(words[j - 1])))
                i = j;
        }
        if (i >= words.Count || words[i].Lower != "against")
            return null;
        var foe = placed.Find(p => p.First > i && p.First <= i + 3 && !Placement.IsPlace(words, p));
        return foe;
    }

    private void Passive(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int length, Cue cue, List<Draft> into)
    {
        // "an alliance in Eurasia consisting of six post-Soviet states: Armenia, …": a whole's members may follow a counted noun and a colon.
        var member = cue.Relation == RelationType.MemberOf;
        // "Training came from France, and assistance came from Russia": what came is the cue's own noun; the receiver is
        // left to the subject. "JNIM is close to taking Bamako" nears an act, not anyone.
        if ((length >= 3 && words[index + length - 2].Lower == "came") || ToAnAct(words, index + length) || GoodsOfANamedSupplier(words, placed, index))
            return;
        var left = Before(words, placed, index, member ? 9 : 6);
        var right = After(words, placed, index + length - 1, 4);
        if (right < 0 && member)
            right = AfterACountedColon(words, placed, index + length);
        if (left >= 0 && words[index].Lower == "with")
            left = HelpedDoer(words, placed, left, index);
        // "between Washington and Pretoria, which the US sees as": the one seen so is the name before ", which", alone.
        var viewed = left >= 0 ? PastAViewer(words, placed, left, index) : left;
        var alone = viewed != left;
        left = viewed;
        // "to fight against ISIL and other groups under the support of Iran's IRGC": the foe fought is not the one supported.
        if (left < 0 || right < 0 || Fought(words, placed, left) || SubjectReader.DescribesAnEvent(words, placed, (index, length, cue)))
            return;
        foreach (var target in alone ? [placed[left]] : Placement.ListAround(words, placed, left).EndingBefore(index))
        {
            foreach (var source in Placement.ListAround(words, placed, right).OpeningFrom(index + length))
                into.Add(new Draft(source.ActorId, target.ActorId, cue, index, target.First, "passive"));
            // "whose members besides Russia are Armenia and Belarus": the one set apart is a member too.
            foreach (var inside in placed.Where(p => cue.Relation == RelationType.MemberOf && p.First > index && p.Last < index + length))
                into.Add(new Draft(inside.ActorId, target.ActorId, cue, index, target.First, "passive"));
        }
    }

    /// <summary>"JNIM is close to taking Bamako": "close to" (or any cue ending on "to") before a gerund nears an act, not an actor.</summary>
    internal static bool ToAnAct(IReadOnlyList<Word> words, int after) =>
        after >= 1 && after < words.Count && words[after - 1].Lower == "to" && !words[after].IsCapitalized && words[after].Lower.Length > 4
        && words[after].Lower.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// "relaxed rules on arms sales to appease Turkey": a cue ending on "to" before a bare verb and its object names a purpose, and
    /// the one named after the verb is no recipient. "arms sales to neighbouring Egypt", "aid to fellow Gulf states" keep theirs, and
    /// so does "weapons to help Ukraine", whose verb of help names the one helped.
    /// </summary>
    internal static bool ToAVerb(IReadOnlyList<Word> words, int after) =>
        after >= 1 && after + 1 < words.Count && words[after - 1].Lower == "to" && words[after] is var verb && !verb.IsCapitalized
        && verb.Lower.Length > 2 && char.IsLetter(verb.Lower[0]) && !verb.Lower.EndsWith("ing", StringComparison.Ordinal) && !verb.Lower.EndsWith("ed", StringComparison.Ordinal)
        && !verb.Lower.EndsWith("ly", StringComparison.Ordinal) && !NotVerbsBeforeANameAfterTo.Contains(verb) && !HelpingVerbs.Contains(verb) && words[after + 1].IsCapitalized;

    private static readonly WordSet HelpingVerbs = new(
        "help", "aid", "assist", "support", "back", "bolster", "strengthen", "defend", "protect", "arm", "equip", "boost", "shore", "prop", "keep", "sustain");

    // Words that stand after "to" and before a name without being verbs: determiners and the adjectives of a recipient.
    private static readonly WordSet NotVerbsBeforeANameAfterTo = new(
        "the", "its", "their", "his", "her", "our", "both", "all", "fellow", "friendly", "key", "close", "war-torn", "several", "other", "north", "south", "east", "west");

    /// <summary>
    /// The first name right after a colon (and a "the") that ends a short run of words naming no one ("six post-Soviet states:",
    /// "five countries: the US, …"), or -1.
    /// </summary>
    private static int AfterACountedColon(IReadOnlyList<Word> words, List<PlacedMention> placed, int from)
    {
        for (var i = from; i < words.Count && i - from <= 8; i++)
        {
            if (words[i].Lower == ":")
                return Placement.IndexOpeningAt(placed, i + 1 < words.Count && words[i + 1].Lower == "the" ? i + 2 : i + 1);
            if (words[i].Lower is "." or ";" or "," || Placement.Covers(placed, i))
                return -1;
        }
        return -1;
    }

    /// <summary>
    /// "Al-Shabaab attacked Mogadishu with the help of Eritrea": the one named after "with the help of" helps the doer of the
    /// clause, so a name that is the object of a verb hands the help on to the name before that verb ("the M23, with the
    /// support of …" keeps it).
    /// </summary>
    private static int HelpedDoer(IReadOnlyList<Word> words, List<PlacedMention> placed, int left, int index)
    {
        var first = Placement.ListStart(words, placed, left);
        var verb = first - 1;
        if (verb >= 0 && words[verb].Lower is "the" or "a" or "an")
            verb--;
        if (verb < 0 || words[verb].IsCapitalized || !char.IsLetter(words[verb].Lower[0]) || words[verb].Lower is "and" or "or")
            return SaysBetween(words, placed[left].Last + 1, index) ? -1 : left;
        var doer = Before(words, placed, verb, 4);
        return doer >= 0 && OnlyLowercase(words, placed[doer].Last + 1, verb) ? doer : -1;
    }

    /// <summary>"Somalia said militants attacked the capital with the help of Eritrea": the speaker is not the one helped.</summary>
    private static bool SaysBetween(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (SubjectReader.SpeechVerbs.Contains(words[i]))
                return true;
        }
        return false;
    }

    private static bool OnlyLowercase(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (words[i].IsCapitalized || !char.IsLetter(words[i].Lower[0]))
                return false;
        }
        return true;
    }

    private void Prefix(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, Cue cue, List<Draft> into)
    {
        if (index + 2 >= words.Count || words[index + 1].Lower != "-")
            return;
        var source = placed.FindIndex(p => p.First == index + 2);
        if (source < 0)
            return;
        // "Malaysia's pro-China stance", "Malaysia took a pro-China stance": a stance is its holder's, not the next one named;
        // so is a predicate that ends the clause ("Malaysia is seen as pro-China.").
        var end = placed[source].Last + 1;
        if (end >= words.Count || StanceNouns.Contains(words[end]) || words[end].Lower is "." or "," or ";" or "and" or "but")
        {
            if (StanceHolder(words, placed, index) is { } holder)
                into.Add(new Draft(placed[source].ActorId, holder.ActorId, cue, index, index, "prefix-stance"));
            return;
        }
        var target = After(words, placed, placed[source].Last, 3);
        if (target >= 0)
            into.Add(new Draft(placed[source].ActorId, placed[target].ActorId, cue, index, index, "prefix"));
    }

    private static readonly WordSet StanceNouns = new(
        "stance", "stances", "leaning", "leanings", "tilt", "policy", "policies", "position", "positions", "sympathies", "orientation", "posture", "outlook", "line");

    private static readonly WordSet StanceVerbs = new(
        "has", "had", "have", "took", "takes", "take", "adopted", "adopts", "keeps", "kept", "maintains", "maintained", "shows", "showed", "holds", "held",
        "is", "was", "are", "were", "remains", "remained", "became", "becomes", "as");

    /// <summary>
    /// Who holds the stance a "pro-" prefix at <paramref name="pro"/> opens: the possessor right before it ("Malaysia's"), or the
    /// name opening the clause when a verb of being, having or taking leads to it ("Malaysia took a pro-China stance", "Malaysia
    /// is seen as pro-China"); or null.
    /// </summary>
    private static PlacedMention? StanceHolder(IReadOnlyList<Word> words, List<PlacedMention> placed, int pro)
    {
        if (pro >= 2 && words[pro - 1].Lower is "'s" or "’s")
            return placed.Find(p => p.Last == pro - 2);
        if (OpeningPhrases.Opener(words, placed) is not { Adjective: false } opener || opener.Last >= pro || pro - opener.Last > 5)
            return null;
        var verb = false;
        for (var i = opener.Last + 1; i < pro; i++)
        {
            if (!char.IsLetter(words[i].Lower[0]) || words[i].IsCapitalized)
                return null;
            verb |= StanceVerbs.Contains(words[i]);
        }
        return verb ? opener : null;
    }

    /// <summary>"the Russia-Ukraine war", "the Israel–Hezbollah conflict": the two names glued before the cue, both ways.</summary>
    private static void Paired(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, Cue cue, List<Draft> into)
    {
        var second = placed.FindIndex(p => p.Last == index - 1);
        if (second < 1)
            return;
        var first = placed[second - 1];
        if (placed[second].First - first.Last == 2 && words[first.Last + 1].Lower is "-" or "–" or "—" or "/" && !EventDates.OnlyDates(words, first.First, index))
            into.Add(new Draft(first.ActorId, placed[second].ActorId, cue with { Mutual = true }, index, first.First, "paired"));
    }
}
