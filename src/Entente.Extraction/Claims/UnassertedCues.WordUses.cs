namespace Entente.Extraction.Claims;

// Words that look like cues and, in their place, are used otherwise: a date after "in", a noun after "for", a prospect, a halt.
internal static partial class UnassertedCues
{
    private static readonly WordSet DateWords = new(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "spring", "summer", "autumn", "winter", "the", "early", "late", "mid");

    private static readonly WordSet StrikingForms = new("strike", "strikes", "striking", "struck");
    private static readonly WordSet Bargains = new(
        "balance", "deal", "deals", "agreement", "agreements", "bargain", "compromise", "accord", "truce", "ceasefire", "chord", "tone", "note", "pose", "balancing");

    /// <summary>"striking a new balance between Russia and the West", "struck a deal with": one strikes a bargain, not a foe.</summary>
    private static bool StrikesABargain(IReadOnlyList<Word> words, int index, int length)
    {
        if (length != 1 || !StrikingForms.Contains(words[index]))
            return false;
        for (var i = index + 1; i < words.Count && i <= index + 4; i++)
        {
            if (Bargains.Contains(words[i]))
                return true;
            if (words[i].IsCapitalized || !words[i].Lower.All(c => char.IsLetter(c) || c == '-'))
                return false;
        }
        return false;
    }

    private static readonly WordSet Ways = new("to", "for", "into", "back", "home", "off", "out", "abroad", "south", "north", "east", "west");

    /// <summary>"as she heads to Suva for talks": one who heads somewhere travels; she leads no one there.</summary>
    private static bool HeadsSomewhere(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && words[index].Lower is "heads" or "headed" or "heading" or "head" && index + 1 < words.Count && Ways.Contains(words[index + 1]);

    private static readonly WordSet IncludeForms = new("includes", "include", "included");
    private static readonly WordSet InclusionAdverbs = new("currently", "now", "also", "today", "still", "already", "later", "eventually", "which", "that", "has", "have", "had");
    private static readonly WordSet Wholes = new(
        "bloc", "alliance", "group", "grouping", "organisation", "organization", "union", "forum", "coalition", "axis", "pact", "council",
        "community", "members", "membership", "countries", "states", "nations", "member");

    /// <summary>
    /// "NATO's concerns include Russia": only a bloc named right before, its members or its membership include members ("the CSTO
    /// currently includes Russia", "the forum's member countries include Fiji"); what a bloc's concerns or plans include are no
    /// members. A relative (", which includes") is read where its comma follows a name or a whole, also when it goes on from a
    /// clause on the name ("the CSTO, which was set up in 1992 and currently includes"); what envoys it included are no members.
    /// </summary>
    private static bool IncludedInAThing(IReadOnlyList<Word> words, int index, int length)
    {
        if (length != 1 || !IncludeForms.Contains(words[index]))
            return false;
        if (index + 2 < words.Count && Envoys.Contains(words[index + 1]) && words[index + 2].Lower is "from" or "of")
            return true;
        var i = index - 1;
        while (i >= 0 && index - i <= 4 && InclusionAdverbs.Contains(words[i]))
            i--;
        if (i < 0)
            return true;
        if (words[i].Lower == "and")
            return !ContinuesARelativeOnAName(words, i);
        if (words[i].Lower == "," && words[i + 1].Lower == "which")
            return !HangsOnAName(words, i);
        // "the Southern African Development Community - which includes South Africa, Angola … -": a dash opens the relative too.
        if (words[i].Lower is "-" or "–" or "—" && words[i + 1].Lower == "which")
            return !(i >= 1 && (words[i - 1].IsCapitalized || Wholes.Contains(words[i - 1])));
        return !(words[i].IsCapitalized || words[i].Lower is ")" || Wholes.Contains(words[i]));
    }

    /// <summary>"the CSTO, which was set up in 1992 and currently includes": "and" continues a relative clause on a name.</summary>
    private static bool ContinuesARelativeOnAName(IReadOnlyList<Word> words, int and)
    {
        for (var i = and - 1; i >= 2 && and - i <= 10; i--)
        {
            if (words[i].Lower is "." or ";")
                return false;
            if (words[i].Lower is "which" && HangsOnAName(words, i - 1))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "BRICS, which includes", "the BRICS grouping, which includes": the relative's comma follows a name or a whole, and not a
    /// place where something met ("the meetings in Laos, which included").
    /// </summary>
    private static bool HangsOnAName(IReadOnlyList<Word> words, int comma) =>
        comma >= 1 && words[comma].Lower == "," && (words[comma - 1].IsCapitalized || words[comma - 1].Lower is ")" || Wholes.Contains(words[comma - 1]))
        && !(comma >= 2 && words[comma - 2].Lower is "in" or "at");

    // "which included diplomats from the US, Russia": envoys attend a meeting; their states are no members of anything it names.
    private static readonly WordSet Envoys = new(
        "diplomats", "officials", "representatives", "delegates", "delegations", "envoys", "ministers", "leaders", "observers", "guests", "participants");

    /// <summary>"has only observer status in the Eurasian Economic Union": an observer and no more keeps its distance.</summary>
    private static bool OnlyAnObserver(IReadOnlyList<Word> words, int index) =>
        words[index].Lower == "observer" && index >= 1 && (words[index - 1].Lower == "only" || (index >= 2 && words[index - 1].Lower is "an" or "a" && words[index - 2].Lower == "only"));

    /// <summary>"took over the Port-Bouet base in February": an "in" that opens a date says where nothing is.</summary>
    private static bool InIsADate(IReadOnlyList<Word> words, int index, int length)
    {
        var after = index + length;
        if (words[after - 1].Lower != "in" || after >= words.Count)
            return false;
        // "in the spring", "in the 1990s", but not "membership in the EU".
        if (words[after].Lower == "the")
            after++;
        return after < words.Count && words[after].Lower != "the" && (DateWords.Contains(words[after]) || char.IsAsciiDigit(words[after].Lower[0]));
    }

    /// <summary>"a possible partner for training": after a preposition "training" is a noun, and nobody is said to train anyone.</summary>
    private static bool TrainingAsANoun(IReadOnlyList<Word> words, int index) =>
        words[index].Lower == "training" && index > 0 && words[index - 1].Lower is "for" or "in" or "on" or "of" or "about";

    private static readonly WordSet Prospects = new("possible", "potential", "prospective", "would-be", "future", "hoped-for", "aspiring", "likely", "eventual");

    // "warning of potential military conflict with Russia", "the risk of war with Iran": a feared event has not happened.
    private static readonly WordSet Fearing = new("warning", "warned", "warns", "warn", "warnings", "risk", "risks", "fear", "fears", "feared", "danger", "spectre", "specter", "prospect", "possibility", "threat", "threats");

    // Kinds of a conflict that may stand between a prospect and its noun: "potential military conflict".
    private static readonly WordSet ConflictKinds = new("military", "armed", "open", "direct", "wider", "full-scale", "all-out", "new", "nuclear");

    /// <summary>
    /// "mentioned Brazil as a possible partner for training": a partner that may come is none yet; nor is a conflict someone
    /// warns of or fears ("warning of potential military conflict with Russia"), nor a tie whose merits are weighed.
    /// </summary>
    private static bool Prospective(IReadOnlyList<Word> words, int index)
    {
        var i = index - 1;
        if (i > 0 && ConflictKinds.Contains(words[i]))
            i--;
        if (i >= 0 && Prospects.Contains(words[i]))
            return true;
        if (i > 0 && words[i].Lower == "of" && Fearing.Contains(words[i - 1]))
            return true;
        // "the benefits of a partnership with China would outweigh …": a tie weighed in the abstract is not one that exists.
        // "the benefits of cooperation with China" weighs one that exists: only "a" makes it one supposed.
        return index >= 3 && words[index - 1].Lower is "a" or "an" && words[index - 2].Lower == "of" && Weighed.Contains(words[index - 3]);
    }

    private static readonly WordSet Weighed = new("benefits", "benefit", "advantages", "advantage", "merits", "idea", "notion", "costs", "value", "wisdom", "desirability", "feasibility");

    /// <summary>"against armed groups on the border", "backed forces": a participle before a generic noun describes, it does not assert.</summary>
    /// <remarks>"the Iran-aligned group": after a name and its hyphen the participle names who backs the group.</remarks>
    private static bool DescribesGroups(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && words[index].Lower.EndsWith("ed", StringComparison.Ordinal) && index + 1 < words.Count && CueReader.GenericNouns.Contains(words[index + 1])
        && !(index > 0 && words[index - 1].Lower == "-");

    private static readonly WordSet DescribingNouns = new("donor", "partner", "ally", "backer", "sponsor", "patron");
    private static readonly WordSet KindsOfActors = new("countries", "states", "nations", "organizations", "organisations", "governments", "agencies", "institutions", "groups");

    /// <summary>
    /// "will meet partner countries", "money from donor organizations": a noun describing others names none of them, whether
    /// it is the cue or what the cue's "from" or "by" leads to.
    /// </summary>
    private static bool NounDescribesOthers(IReadOnlyList<Word> words, int index, int length)
    {
        var at = length == 1 ? index : index + length;
        if (length > 1 && words[index + length - 1].Lower is not ("from" or "by"))
            return false;
        return at + 1 < words.Count && DescribingNouns.Contains(words[at]) && KindsOfActors.Contains(words[at + 1]);
    }

    private static readonly WordSet Halting = new("suspended", "suspends", "halted", "halts", "banned", "bans", "stopped", "stops", "froze", "freezes", "cut", "cuts", "ended", "ends");

    /// <summary>"Ankara suspended all trade with Israel": the trade stopped; whether they were partners the other sentences tell.</summary>
    private static bool Halted(IReadOnlyList<Word> words, int index) =>
        words[index].Lower == "trade" && (index > 0 && Halting.Contains(words[index - 1]) || index > 1 && words[index - 1].Lower is "all" or "most" && Halting.Contains(words[index - 2]));

    private static readonly WordSet Blocking = new("block", "blocks", "blocked", "blocking", "veto", "vetoes", "vetoed", "vetoing", "obstruct", "obstructs", "obstructed", "obstructing");

    private static readonly WordSet ClauseEnds = new(",", ";", ":", ".", "and", "but", "after", "because", "while", "since", "when", "as", "although");

    // "Moscow obstructs Western policy through a long-standing alliance with …": a means of blocking is done, not blocked.
    private static readonly WordSet Means = new("through", "via", "using");

    /// <summary>"Hungary has been blocking EU efforts to refund countries for arms shipments to Ukraine": what one blocks it does not do.</summary>
    private static bool Blocked(IReadOnlyList<Word> words, int index)
    {
        for (var i = index - 1; i >= 0 && index - i <= 10; i--)
        {
            if (Blocking.Contains(words[i]))
                return true;
            if (ClauseEnds.Contains(words[i]) || Means.Contains(words[i]))
                return false;
        }
        return false;
    }

    private static readonly WordSet Withdrawn = new("suspended", "revoked", "frozen", "terminated", "annulled", "cancelled", "canceled");

    /// <summary>"Gabon's membership of the Commonwealth, African Union, and ECCAS was also partially or fully suspended": a membership taken away is no tie.</summary>
    private static bool MembershipWithdrawn(IReadOnlyList<Word> words, int index)
    {
        if (words[index].Lower != "membership")
            return false;
        for (var i = index + 1; i < words.Count && i - index <= 20; i++)
        {
            if (words[i].Lower is ";" or "." or "but" or "while" or "whereas")
                return false;
            if (Withdrawn.Contains(words[i]))
                return true;
        }
        return false;
    }

    private static readonly WordSet Giving = new(
        "gave", "gives", "give", "giving", "given", "sent", "sends", "send", "sending", "provide", "provides", "provided", "providing",
        "transferred", "transfers", "transfer", "transferring", "handed", "hands", "passed");

    // What is given, sent or provided that is no aid: "gave notice", "gives way", "gave no details", "gave a speech", "sent evidence
    // to Bamako", "could provide the opportunity for the E.U.".
    private static readonly WordSet NoGift = new(
        "notice", "way", "ground", "rise", "birth", "up", "in", "details", "detail", "evidence", "interview", "interviews", "speech",
        "statement", "warning", "briefing", "lecture", "thanks", "credit", "reason", "signal", "signals", "impression", "answer", "account",
        "opportunity", "chance", "proof", "information", "letter", "message", "messages", "invitation", "condolences", "greetings", "reply",
        "response", "explanation", "assurances", "clarification", "note", "notes", "request", "requests", "protest", "complaint", "questions",
        "delegation", "envoy", "emissary",
        // "transferred the Mercosur presidency to Argentina": an office handed on is no aid.
        "presidency", "chairmanship");

    private static bool NotAGift(IReadOnlyList<Word> words, int index, int length)
    {
        if (length != 1 || !Giving.Contains(words[index]))
            return false;
        var j = index + 1;
        // "sent a strong message", "transferred the Mercosur presidency": after an article a word or two may describe what is given.
        var reach = 1;
        if (j < words.Count && words[j].Lower is "a" or "an" or "the" or "no" or "few" or "little" or "its" or "their")
            (j, reach) = (j + 1, 3);
        for (var k = j; k < words.Count && k - j < reach; k++)
        {
            // "sending up to 42 jets": "up to" before a number is a quantity, not "gave up".
            if (NoGift.Contains(words[k]))
                return !(words[k].Lower == "up" && k + 1 < words.Count && words[k + 1].Lower == "to");
            if (!char.IsLetter(words[k].Text[0]) || words[k].Lower is "and" or "or")
                return false;
        }
        return false;
    }

    /// <summary>"prompting a threat of tariffs": a threat of an act is no one's being a threat.</summary>
    private static bool ThreatOfAnAct(IReadOnlyList<Word> words, int index, int length) =>
        words[index + length - 1].Lower is "threat" or "threats" && index + length < words.Count && words[index + length].Lower == "of";

    private static readonly WordSet Improving = new("improved", "recovered", "warmed");

    /// <summary>"Relations with Uzbekistan … improved after 2016" is a tie; "Turkey improved its drones" is not: the bare verb needs relations for its subject.</summary>
    private static bool ImprovedWithoutRelations(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && Improving.Contains(words[index])
        && !(words.Count > 1 && (words[0].Lower is "relations" or "ties" || words[0].Lower is "the" or "bilateral" && words[1].Lower is "relationship" or "relations" or "ties"));

    private static readonly WordSet Backing = new("backs", "backed", "back", "backing", "supports", "supported", "support", "supporting", "endorses", "endorsed", "favours", "favors", "favoured", "favored");

    /// <summary>
    /// "Algeria backs a referendum including independence", "Russia supports a ceasefire", "Israeli officials
    /// defended the operation": backing or defending something named only by a common noun backs an idea or an act, not a party.
    /// </summary>
    private static bool BacksAnIdea(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && (Backing.Contains(words[index]) || Defending.Contains(words[index])) && index + 2 < words.Count && !words[index + 2].IsCapitalized
        && (words[index + 1].Lower is "a" or "an" || words[index + 1].Lower is "the" or "its" or "their" && !NamesAParty(words, index + 2));

    private static readonly WordSet Downfalls = new("overthrow", "ouster", "removal", "toppling", "fall", "downfall", "destruction", "defeat", "isolation", "collapse");

    /// <summary>"Amman expressed support for the overthrow of the Syrian government": what is supported is the other's fall.</summary>
    private static bool SupportsADownfall(IReadOnlyList<Word> words, int index, int length)
    {
        var i = index + length;
        if (length < 2 || !Backing.Contains(words[index]))
            return false;
        if (i < words.Count && words[i].Lower is "the" or "a" or "an" or "its" or "their")
            i++;
        return i + 1 < words.Count && Downfalls.Contains(words[i]) && words[i + 1].Lower == "of";
    }

    /// <summary>"the federal army", "the transitional government": a party noun within the next three words.</summary>
    private static bool NamesAParty(IReadOnlyList<Word> words, int from)
    {
        for (var i = from; i < Math.Min(words.Count, from + 3); i++)
        {
            if (PartyNouns.Contains(words[i]))
                return true;
            if (words[i].IsCapitalized)
                return true;
            if (!char.IsLetter(words[i].Lower[0]))
                return false;
        }
        return false;
    }

    /// <summary>
    /// "trade between Russia and each of the others, as opposed to between all five" sets two things side by side; "members
    /// remain opposed to reinstating Syria" oppose an act, not the party it concerns.
    /// </summary>
    private static bool OpposedToAnAct(IReadOnlyList<Word> words, int index, int length)
    {
        if (length != 1 || words[index].Lower != "opposed")
            return false;
        if (index > 0 && words[index - 1].Lower == "as")
            return true;
        var act = index + 2;
        return act < words.Count && words[index + 1].Lower == "to" && !words[act].IsCapitalized && words[act].Lower.Length > 5
            && words[act].Lower.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>"Argentina's decision to withdraw from joining BRICS": leaving an act undone leaves no membership.</summary>
    private static bool WithdrawnFromAnAct(IReadOnlyList<Word> words, int index, int length)
    {
        var after = index + length;
        return (words[index].Lower.StartsWith("withdr", StringComparison.Ordinal) || words[index].Lower == "pulled") && after < words.Count
            && !words[after].IsCapitalized && words[after].Lower.EndsWith("ing", StringComparison.Ordinal);
    }

    private static readonly WordSet Nearness = new("close", "closer", "closest");

    // Nouns of a place on the map: what is "close to the border" is near it, not an ally of what lies beyond.
    private static readonly WordSet MapPlaces = new(
        "border", "borders", "frontier", "coast", "coastline", "shore", "capital", "city", "town", "towns", "village", "villages",
        "area", "region", "front", "frontline", "sea", "lake", "river", "port", "airport", "base", "site", "line", "boundary",
        "shores", "coasts", "waters", "doorstep", "territory", "soil", "mainland");

    /// <summary>
    /// "districts close to the border with Tanzania", "influence close to U.S. shores": nearness to a place on the map is geography,
    /// not closeness to a party, whoever's the place.
    /// </summary>
    private static bool NearAPlace(IReadOnlyList<Word> words, int index, int length)
    {
        if (length != 2 || !Nearness.Contains(words[index]) || words[index + 1].Lower != "to")
            return false;
        // The place may be the one named's: past "the", its name and a possessive, a few words at most.
        for (var i = index + length; i < words.Count && i - index - length < 5; i++)
        {
            if (MapPlaces.Contains(words[i]))
                return true;
            if (!(words[i].IsCapitalized || words[i].Lower is "the" or "'s" or "’s" or "." or "'" or "’"))
                return false;
        }
        return false;
    }

    private static readonly WordSet Defending = new("defended", "defends", "defend", "defending", "justified", "justifies");

    // "defended the government", "backs the rebels": a definite noun that names a party, not an idea.
    private static readonly WordSet PartyNouns = new(
        "government", "governments", "regime", "group", "groups", "movement", "militia", "militias", "country", "countries", "kingdom", "state",
        "republic", "junta", "authorities", "rebels", "rebel", "army", "forces", "president", "leadership", "island", "emirate", "faction", "factions", "alliance", "bloc");
}
