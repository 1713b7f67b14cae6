namespace Entente.Extraction.Claims;

// How far a cue reaches: clauses, commas, relative clauses, speakers and the words a cue needs around it.
internal sealed partial class SubjectReader
{
    // "closer to its largest trading partner at a time when relations between Washington and Beijing …": a clause after "when" is apart.
    private static readonly WordSet ClauseBreaks = new(";", ".", "but", "while", "whereas", "although", "though", "however", ":", "when");

    // "The U.S. and South Korean governments say ...", "a partnership that Ethiopia regards as encirclement":
    // whoever says, warns, accuses, regards or demands reports a relation, it is not a party to it.
    internal static readonly WordSet SpeechVerbs = new(
        "say", "says", "said", "told", "tells", "warn", "warns", "warned", "accuse", "accuses", "accused", "argue", "argues", "argued",
        "claim", "claims", "claimed", "believe", "believes", "believed", "regards", "considers", "sees", "views", "allege", "alleges", "alleged", "estimate", "estimates", "assess", "assesses", "noted", "notes",
        "announced", "announces", "announce", "stated", "confirmed", "confirms", "insisted", "insists",
        "demanded", "demands", "urged", "urges", "asked", "asks",
        // "a U.N. panel of experts has documented Iranian-made components": investigators report; they are no party.
        "reported", "documented", "concluded",
        // "quoted U.S. and Saudi officials as saying that if Tehran does stop arming the Houthis".
        "saying", "quoted", "quoting"
    );

    // "resolutions condemning the invasion of Ukraine": whoever condemns an invasion did not make it.
    private static readonly HashSet<string> EventNouns = new(StringComparer.Ordinal) { "invasion", "occupation" };

    /// <summary>"Pakistan supports the Chinese stance over Taiwan": what the verb's object is about is not its object.</summary>
    private static bool TopicOfTheObject(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, PlacedMention other) =>
        (cue.Value.Form == CueForm.Active && other.First - 1 > cue.Index + cue.Length && CueReader.TopicPrepositions.Contains(words[other.First - 1]))
        || (cue.Value.Form == CueForm.Noun && TopicRightAfter(words, cue.Index + cue.Length, other.First));

    /// <summary>"USA – China confrontation over Zambia debt deal": the subject a rivalry between others is over is no party to it.</summary>
    private static bool TopicIsTheSubject(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other)
    {
        if (cue.Value.Form != CueForm.Noun || other.First > cue.Index)
            return false;
        var after = cue.Index + cue.Length;
        foreach (var p in placed)
        {
            if (p.ActorId == subject && p.First >= after)
                return TopicRightAfter(words, after, p.First);
        }
        return false;
    }

    /// <summary>"still a rival over the Aegean, Cyprus and maritime boundaries": what a rivalry is over is no party to it.</summary>
    private static bool TopicRightAfter(IReadOnlyList<Word> words, int after, int named) =>
        named > after && named - after <= 6 && words[after].Lower is "over" or "about" or "regarding" or "concerning";

    /// <summary>"a more hostile dynamic", "a hostile environment": the word describes a climate, not how two actors stand.</summary>
    private static bool Mood(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && words[index].Lower == "hostile" && index + 1 < words.Count && MoodNouns.Contains(words[index + 1]);

    /// <summary>'the United States had "funded" the dam': a verb set in quotation marks reports someone's word for it, disputed.</summary>
    /// <remarks>'deport nationals from an "enemy nation"': a noun quoted with the word it qualifies is someone's term, and names no one.</remarks>
    private static bool ScareQuoted(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue) =>
        cue.Index > 0 && cue.Index + cue.Length < words.Count && words[cue.Index - 1].Lower is "\"" or "“"
        && (cue.Value.Form is CueForm.Active or CueForm.Passive
            ? words[cue.Index + cue.Length].Lower is "\"" or "”"
            : cue.Value.Form == CueForm.Noun && cue.Index + cue.Length + 1 < words.Count && words[cue.Index + cue.Length + 1].Lower is "\"" or "”");

    private static readonly WordSet MoodNouns = new(
        "dynamic", "dynamics", "environment", "climate", "atmosphere", "rhetoric", "takeover", "bid", "terrain", "conditions", "mood", "tone", "world");

    /// <summary>"Iran condemned the violation of Venezuela's sovereignty": Venezuela suffered what was condemned.</summary>
    private static bool VictimOfTheObject(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other)
    {
        var after = cue.Index + cue.Length;
        // The condemned side stands after the verb: the other actor, or the subject when the other condemns.
        var condemned = other.First >= after ? other : FirstNamedFrom(placed, subject, after);
        if (!cue.Value.Negative || condemned is null)
            return false;
        for (var i = after; i < condemned.First; i++)
        {
            if (CueReader.VictimPrepositions.Contains(words[i]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "many Houthi attacks on Israel-connected targets": before a noun that ends in its preposition
    /// ("attacks on", "support to") stands the doer; it is the subject's counterpart only when the subject
    /// is what the preposition names ("France's support to Armenia" in a piece about Armenia).
    /// </summary>
    private static bool DoerOfAnAct(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other)
    {
        var end = cue.Index + cue.Length;
        var adjacent = other.Last == cue.Index - 1 || (other.Last == cue.Index - 2 && words[cue.Index - 1].Lower == "'s");
        if (cue.Value.Form != CueForm.Noun || !adjacent || words[end - 1].Lower is not ("on" or "against" or "to" or "for"))
            return false;
        return !NamedWithin(placed, subject, end, end + 2);
    }

    /// <summary>
    /// "Ukraine, which is facing the fourth year of Russian military aggression", in a piece about Czechia: a hostile noun a
    /// demonym owns is that actor's act; it makes a foe of the demonym's actor only, and of no one else named.
    /// </summary>
    private static bool DoneByADemonym(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other)
    {
        if (!cue.Value.Hostile || cue.Value.Form != CueForm.Noun)
            return false;
        var at = cue.Index - 1;
        if (at >= 1 && !words[at].IsCapitalized && char.IsLetter(words[at].Lower[0]) && !Placement.Covers(placed, at))
            at--;
        var owner = LastEndingAt(placed, at);
        return owner is { Adjective: true } && owner.ActorId != subject && owner.ActorId != other.ActorId;
    }

    private static readonly WordSet GuardVerbs = new("deter", "deters", "deterred", "respond", "responds", "defend", "defends", "defended", "protect", "protects", "protected", "repel", "repels", "repelled", "counter", "counters", "guard", "guards", "shield", "shields");

    /// <summary>"Washington undertakes to deter and respond to external aggression against Bahrain": whoever guards against an attack on the subject is not its attacker.</summary>
    private static bool GuardedAgainst(IReadOnlyList<Word> words, int index)
    {
        for (var i = index - 1; i >= Math.Max(0, index - 4); i--)
        {
            if (GuardVerbs.Contains(words[i]))
                return true;
        }
        return false;
    }

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

    /// <summary>"Iranian-backed", "pro-Russian": the cue belongs to the name it is glued to, which the compound reader has read.</summary>
    private static bool Attached(IReadOnlyList<Word> words, int index, int length, Cue cue) =>
        cue.Form is CueForm.Compound or CueForm.Prefix || (index > 0 && words[index - 1].Lower == "-" && !(index > 1 && Degrees.Contains(words[index - 2])))
        || (index + length < words.Count && words[index + length].Lower == "-")
        || CueReader.Attributive(words, index, length, cue) || FoughtByANoun(words, index, cue);

    // "quasi-allies", "near-allies": a degree glued before the noun leaves it the subject's noun, not a compound's.
    private static readonly WordSet Degrees = new("quasi", "semi", "near");

    /// <summary>"arming the paramilitary group fighting a war with Sudan's armed forces": the war is the group's.</summary>
    private static bool FoughtByANoun(IReadOnlyList<Word> words, int index, Cue cue)
    {
        if (!cue.Hostile)
            return false;
        var verb = index - 1;
        while (verb > 0 && words[verb].Lower is "a" or "an" or "the" or "its" or "their")
            verb--;
        return verb >= 1 && verb < index && words[verb].Lower is "fighting" or "waging" or "fought" or "waged"
            && !words[verb - 1].IsCapitalized && words[verb - 1].Lower.All(char.IsLetter) && !NotANoun.Contains(words[verb - 1]);
    }

    private static readonly WordSet NotANoun = new(
        "is", "are", "was", "were", "been", "be", "and", "also", "still", "in", "of", "for", "to", "by", "from", "about", "on", "at",
        "without", "after", "before", "while", "into", "against", "not", "now", "then", "have", "has", "had", "it", "they", "we");

    /// <summary>"Israeli officials defended the operation, saying Hamas leaders …": a verb's object stands close after it, in its clause.</summary>
    private static bool TooFarForAVerb(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, int distance, PlacedMention other) =>
        (cue.Value.Form == CueForm.Active && other.First > cue.Index && !LeaderNamedFirst(words, cue.Index + cue.Length, other.First)
            && PastAClassNamed(words, cue.Index + cue.Length, other.First) is var from
            && ((Math.Min(distance, other.First - from + 1) > 5 && !DoneBy(words, cue, other)) || CommaBetween(words, from, other.First)))
        || (cue.Value.Form == CueForm.Passive && other.First > cue.Index && DoesSomething(words, other));

    /// <summary>
    /// "expanded relations with other nations, such as Pakistan": a class the verb's object is named by, and the word that
    /// opens its examples, stand between the verb and its first example; where the examples begin, or <paramref name="from"/>.
    /// </summary>
    private static int PastAClassNamed(IReadOnlyList<Word> words, int from, int named)
    {
        for (var i = from; i < named - 1 && i - from < 4; i++)
        {
            if (!ClassNouns.Contains(words[i]))
                continue;
            var j = words[i + 1].Lower == "," ? i + 2 : i + 1;
            if (j + 1 < named && words[j].Lower == "such" && words[j + 1].Lower == "as")
                return j + 2;
            return j < named && ExampleOpeners.Contains(words[j]) ? j + 1 : from;
        }
        return from;
    }

    private static readonly WordSet ClassNouns = new("nations", "countries", "states", "governments", "partners", "neighbours", "neighbors", "powers", "economies");
    private static readonly WordSet ExampleOpeners = new("including", "especially", "particularly", "notably", "namely", "like");

    /// <summary>"pledged allegiance to Abu Bakr al-Baghdadi, the leader of the Islamic State": the verb's object is the group its leader stands for.</summary>
    private static bool LeaderNamedFirst(IReadOnlyList<Word> words, int after, int first)
    {
        if (first > after && words[first - 1].Lower == "the")
            first--;
        if (first - after < 5 || words[first - 1].Lower != "of" || !Heads.Contains(words[first - 2]) || words[first - 3].Lower != "the" || words[first - 4].Lower != ",")
            return false;
        for (var i = after; i < first - 4; i++)
        {
            if (!words[i].IsCapitalized && words[i].Lower is not ("-" or "al" or "el" or "bin" or "ibn" or "abu" or "de"))
                return false;
        }
        return first - 4 - after <= 6;
    }

    private static readonly WordSet Heads = new("leader", "head", "chief", "emir", "founder", "commander", "president");

    /// <summary>
    /// "The European Union suspended budget support and ECOWAS imposed sanctions": a capitalised name after
    /// "and", even one we do not know, is the doer of the verb that follows it.
    /// </summary>
    private static bool AnotherDoer(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other)
    {
        // "UN experts say M23 is backed by Rwanda": a name we do not know before the passive is the one backed.
        if (cue.Value.Form == CueForm.Passive && other.First > cue.Index)
            return UnknownPatientBefore(words, placed, cue.Index) || (cue.Value.Relation == RelationType.MemberOf && UnknownBodyBefore(words, placed, cue.Index));
        if (cue.Value.Form != CueForm.Active)
            return false;
        if (FirstToDoIt(words, placed, cue.Index) is { } first && first.ActorId != subject)
            return true;
        if (other.First > cue.Index && DoerOfACoordinatedVerb(words, placed, cue.Index) is { } doer && doer.ActorId != subject && doer.ActorId != other.ActorId)
            return true;
        if (other.Last >= cue.Index)
            return UnknownDoerBefore(words, placed, cue.Index) || ThirdDoerBefore(words, placed, cue.Index, subject);
        if (CueReader.ObjectOfAnEarlierGerund(words, other, cue.Index))
            return true;
        for (var i = other.Last + 1; i + 1 < cue.Index; i++)
        {
            var next = i + 1;
            if (words[i].Lower == "and" && words[next].Text.Length > 1 && char.IsUpper(words[next].Text[0])
                && !Placement.Covers(placed, next))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "China was trying to suppress Taiwan and ultimately destroy Taiwan's sovereignty": a verb joined by "and" to an earlier
    /// one shares its doer, the name before the first verb.
    /// </summary>
    private static PlacedMention? DoerOfACoordinatedVerb(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue)
    {
        var i = cue - 1;
        while (i >= 0 && (words[i].Lower is "\"" or "“" or "to" || (words[i].Lower.EndsWith("ly", StringComparison.Ordinal) && !words[i].IsCapitalized)))
            i--;
        if (i < 1 || words[i].Lower != "and")
            return null;
        for (var j = i - 1; j >= 0 && words[j].Lower is not (";" or "." or ":"); j--)
        {
            if (Placement.IndexEndingAt(placed, j) is var k and >= 0 && j + 1 < words.Count && DoerVerbs.Contains(words[j + 1]))
                return placed[k];
        }
        return null;
    }

    private static readonly WordSet DoerVerbs = new("was", "is", "has", "had", "have", "were", "are", "will", "would", "did", "does", "wants", "wanted", "sought", "seeks", "tried", "tries");

    private static readonly WordSet Ranks = new("first", "second", "third", "fourth", "fifth", "sixth", "latest", "last", "only", "sole", "next");
    private static readonly WordSet FirstAsWhat = new("country", "state", "nation", "government", "member", "one", "power");
    private static readonly WordSet Becoming = new("became", "becomes", "become", "is", "was", "were", "are", "be");

    /// <summary>"after Israel became the first country to recognise Somaliland": the name before the rank does the verb.</summary>
    private static PlacedMention? FirstToDoIt(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue)
    {
        var to = words[cue].Lower == "to" ? cue : cue - 1;
        if (to < 3 || words[to].Lower != "to" || !FirstAsWhat.Contains(words[to - 1]) || !Ranks.Contains(words[to - 2]))
            return null;
        var i = to - 3;
        if (words[i].Lower is "the" or "a")
            i--;
        if (i < 1 || !Becoming.Contains(words[i]))
            return null;
        // "Israel on Friday became …": a short phrase may stand between the name and the verb.
        for (var j = i - 1; j >= 0 && i - j <= 3; j--)
        {
            if (Placement.IndexEndingAt(placed, j) is var k and >= 0)
                return placed[k];
        }
        return null;
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

    /// <summary>
    /// A mediation cue names its mediator right before it ("Oman mediated", "China-brokered") or after
    /// "by" ("talks mediated by Qatar and Turkey"); the parties after it are not mediators.
    /// </summary>
    private static bool Fits(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        // "a mediator between Kyiv and Moscow": who stands after "between" is mediated for, not the mediator.
        if (cue.Value.Relation == RelationType.Mediator && other.First > cue.Index && Says(words, cue.Index, other.First, "between"))
            return false;
        if (cue.Value.Form != CueForm.Mediation)
            return true;
        // "Qatar, together with Egypt, has mediated": the mediator may head a list that ends right before the cue.
        if (other.Last < cue.Index)
            return cue.Index - other.Last <= 3
                || (LastIndexEndingBefore(placed, cue.Index) is var last and >= 0 && cue.Index - placed[last].Last <= 3
                    && Placement.ListAround(words, placed, last).Contains(other));
        var by = cue.Index + cue.Length;
        return by < words.Count && words[by].Lower == "by" && other.First > by && other.First - by <= 6;
    }

    /// <summary>"the two regional rivals", "both allies": the noun describes a pair already named, not a tie to whoever stands near it.</summary>
    private static bool DescribesPair(IReadOnlyList<Word> words, int index)
    {
        if (ConcededOfThePlural(words, index))
            return true;
        for (var i = index - 1; i >= Math.Max(0, index - 3); i--)
        {
            // "both the closest ally and a competitor" joins two descriptions of one actor.
            if (words[i].Lower is "two" or "both" or "three" or "four")
                return !(words[i].Lower == "both" && words[i + 1].Lower is "the" or "a" or "an") && !OwnedCount(words, i) && !CountOfWhatFollows(words, index);
        }
        return false;
    }

    /// <summary>'The other four "quasi-allies" are Russia, Pakistan, Cuba and Iran': a count the copula spells out names no pair before it.</summary>
    internal static bool CountOfWhatFollows(IReadOnlyList<Word> words, int noun)
    {
        var i = noun + 1;
        while (i < words.Count && i - noun <= 5 && (words[i].Lower is "\"" or "”" or "“" or "-" || char.IsLetter(words[i].Lower[0])) && !ListCopulas.Contains(words[i]))
            i++;
        return i + 1 < words.Count && ListCopulas.Contains(words[i]) && (words[i + 1].IsCapitalized || words[i + 1].Lower == "the");
    }

    private static readonly WordSet ListCopulas = new("are", "were", "include", "included", ":");

    /// <summary>"Taiwan's other four allies are Nauru, Palau …", "its two partners": a count an owner leads tallies the owner's ties, not a pair.</summary>
    private static bool OwnedCount(IReadOnlyList<Word> words, int count)
    {
        var i = count - 1;
        while (i >= 0 && words[i].Lower is "other" or "remaining" or "closest" or "main" or "last")
            i--;
        return i >= 0 && words[i].Lower is "'s" or "’s" or "'" or "its" or "their" or "our" or "his" or "her";
    }

    /// <summary>"Turkey and the UAE, despite being regional rivals, both court Ethiopia": a plural conceded in an aside describes those before it.</summary>
    private static bool ConcededOfThePlural(IReadOnlyList<Word> words, int index)
    {
        if (!words[index].Lower.EndsWith('s'))
            return false;
        var being = index - 1;
        while (being > 0 && index - being <= 2 && words[being].Lower != "being")
            being--;
        return being >= 2 && words[being].Lower == "being" && words[being - 1].Lower is "despite" or "while" or "though" or "although"
            && words[being - 2].Lower == ",";
    }

    /// <summary>"oppose … confrontation among major powers": a hostile noun followed by "among" names its parties there.</summary>
    private static bool AmongOthers(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue) =>
        cue.Value.Hostile && cue.Value.Form == CueForm.Noun && cue.Index + cue.Length < words.Count && words[cue.Index + cue.Length].Lower is "among" or "amongst";

    /// <summary>"the Iran-aligned factions", "troops to the African Union force", "NATO member Turkey": the name qualifies someone else.</summary>
    private static bool Modifies(IReadOnlyList<Word> words, PlacedMention mention) =>
        Placement.AfterAnti(words, mention)
        || mention.Last + 1 < words.Count && (Placement.GluedHyphen(words, mention.Last + 1)
            || (mention.First > 0 && words[mention.First - 1].Lower == "the" && (Deployments.Contains(words[mention.Last + 1]) || Topics.Contains(words[mention.Last + 1])))
            // "to concentrate on its African Union chairmanship": the bloc names an office someone holds in it.
            || Offices.Contains(words[mention.Last + 1])
            || (MemberTitles.Contains(words[mention.Last + 1]) && mention.Last + 2 < words.Count && words[mention.Last + 2].IsCapitalized));

    /// <summary>"relations with over 100 United Nations member states": the bloc says which states, and is no counterpart itself.</summary>
    /// <remarks>Only of others: "The ten ASEAN member countries are …", the subject so named still stands opposite its cue.</remarks>
    private static bool NamesWhichStates(IReadOnlyList<Word> words, PlacedMention mention) =>
        mention.Last + 2 < words.Count && words[mention.Last + 1].Lower == "member" && words[mention.Last + 2].Lower is "states" or "countries" or "nations" or "governments";

    private static readonly WordSet Offices = new("chairmanship", "presidency", "secretariat");

    // "approved of the Ukraine invasion": the name says what the noun is about.
    private static readonly WordSet Topics = new("invasion", "war", "conflict", "crisis", "question", "issue", "file");

    // "NATO member Turkey is its leading economic partner": the bloc names what the next name is.
    private static readonly WordSet MemberTitles = new("member", "ally", "partner");

    private static readonly WordSet Deployments = new("force", "mission", "contingent", "operation", "peacekeepers", "peacekeeping");

    /// <summary>"Belarus, which Polish officials accuse of pushing migrants": others speak about the name, it does not speak.</summary>
    private static bool SaidOfIt(IReadOnlyList<Word> words, int from, int verb)
    {
        for (var j = from; j + 1 < verb; j++)
        {
            if (words[j].Lower is "which" or "whom")
                return true;
        }
        return false;
    }

    /// <summary>
    /// "Azerbaijan remains the adversary, officials said", "…, said the ministry": a speech verb after a comma has its own
    /// speaker, written between the comma and the verb or right after it; the name before the comma said nothing.
    /// </summary>
    private static bool SaidByAnother(IReadOnlyList<Word> words, int from, int verb)
    {
        var comma = verb - 1;
        while (comma >= from && verb - comma <= 3 && words[comma].Lower != ",")
            comma--;
        if (comma < from || words[comma].Lower != ",")
            return false;
        // "…, said officials": the speaker follows the verb.
        if (comma == verb - 1)
            return verb + 1 < words.Count && words[verb + 1].Lower is not ("that" or "," or ".");
        // "…, officials said", "…, he said": a doer of its own, not an aside ("…, in a statement, said").
        return !AsideOpeners.Contains(words[comma + 1]);
    }

    private static readonly WordSet AsideOpeners = new("in", "on", "at", "for", "according", "however", "though", "also", "then", "and", "but", "which", "who");

    private static bool Speaks(IReadOnlyList<Word> words, PlacedMention mention)
    {
        for (var i = mention.Last + 1; i < Math.Min(words.Count, mention.Last + 7); i++)
        {
            // "Moscow is believed to be supplying …" hedges; it reports no one's opinion.
            if (SpeechVerbs.Contains(words[i]) && !(words[i - 1].Lower is "is" or "are" or "was" or "were" or "been" or "widely") && !SaidOfIt(words, mention.Last + 1, i)
                && !SaidByAnother(words, mention.Last + 1, i))
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

    /// <summary>
    /// "China, a key player in the region, is South Korea's largest trading partner": an aside set off by commas right after
    /// the actor puts a cue after it no farther. The closing comma, or -1 where the actor has no such aside: one that names
    /// someone (a list: "Hamas, Lebanese Hezbollah, and the Houthis") or holds a cue ("Pakistan, once the movement's most
    /// important backer, …": the aside says what the actor is) is read as it stands. So does one after the second of a pair the
    /// actor opens ("Iran and Russia, a key player in the region, signed …").
    /// </summary>
    private static int AsideAfter(IReadOnlyList<Word> words, List<PlacedMention> placed, List<(int Index, int Length, Cue Value)> cues, PlacedMention other)
    {
        var open = other.Last + 1;
        if (open < words.Count && words[open].Lower == "and" && Placement.IndexOpeningAt(placed, open + 1) is var second and >= 0)
            open = placed[second].Last + 1;
        if (open + 2 >= words.Count || AsideLeaders.Contains(words[open + 1]))
            return -1;
        var close = CommaAsides.Close(words, open);
        return close > 0 && !NamedOrCuedWithin(words, placed, cues, open, close) ? close : -1;
    }

    /// <summary>
    /// Whether the aside names an actor or holds a cue. An aside that opens with "a" or "an" describes the name before it, and
    /// its names and their titles do not count: "Turkey, a US ally within NATO, views it as a threat" puts Turkey as near the
    /// verb as "Turkey views it" does.
    /// </summary>
    private static bool NamedOrCuedWithin(IReadOnlyList<Word> words, List<PlacedMention> placed, List<(int Index, int Length, Cue Value)> cues, int open, int close)
    {
        var describes = words[open + 1].Lower is "a" or "an";
        foreach (var p in placed)
        {
            if (p.First > open && p.First < close && !describes)
                return true;
        }
        foreach (var c in cues)
        {
            if (c.Index > open && c.Index < close && !(describes && Placement.IndexEndingAt(placed, c.Index - 1) >= 0))
                return true;
        }
        return false;
    }

    // What after a comma opens no aside: another member of a list, a clause, a relative clause (PastRelativeClause reads those).
    private static readonly WordSet AsideLeaders = new("and", "or", "but", "which", "who", "whose", "while", "as", "where", "when", "after", "before", "since", "because", "although", "though", "if");

    private static int Distance(int index, int length, PlacedMention other) =>
        other.Last < index ? index - other.Last : Math.Max(0, other.First - (index + length - 1));

    /// <summary>Whether a clause break lies between the cue and the actor.</summary>
    private static bool Crosses(IReadOnlyList<Word> words, int index, int length, PlacedMention other)
    {
        var (from, to) = other.Last < index ? (other.Last + 1, index) : (index + length, other.First);
        // "(b) China. Described by both governments as an ironclad friend": the item's label stands for the item.
        if (other.Last < index && other.First == 0 && from < to && words[from].Lower is "." or ":")
            from++;
        for (var i = from; i < to; i++)
        {
            if (ClauseBreaks.Contains(words[i]))
                return true;
        }
        return false;
    }
}
