namespace Entente.Extraction.Claims;

// Words that look like cues and, in their place, are used otherwise: a date after "in", a noun after "for", a prospect, a halt.
internal static partial class UnassertedCues
{
    private static readonly WordSet DateWords = new(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "spring", "summer", "autumn", "winter", "the", "early", "late", "mid");

    /// <summary>"took over the Port-Bouet base in February": an "in" that opens a date says where nothing is.</summary>
    private static bool InIsADate(IReadOnlyList<Word> words, int index, int length)
    {
        var after = index + length;
        return words[after - 1].Lower == "in" && after < words.Count && (DateWords.Contains(words[after]) || char.IsAsciiDigit(words[after].Lower[0]));
    }

    /// <summary>"a possible partner for training": after a preposition "training" is a noun, and nobody is said to train anyone.</summary>
    private static bool TrainingAsANoun(IReadOnlyList<Word> words, int index) =>
        words[index].Lower == "training" && index > 0 && words[index - 1].Lower is "for" or "in" or "on" or "of" or "about";

    private static readonly WordSet Prospects = new("possible", "potential", "prospective", "would-be", "future", "hoped-for", "aspiring", "likely", "eventual");

    /// <summary>"mentioned Brazil as a possible partner for training": a partner that may come is none yet.</summary>
    private static bool Prospective(IReadOnlyList<Word> words, int index) => index > 0 && Prospects.Contains(words[index - 1]);

    /// <summary>"against armed groups on the border", "backed forces": a participle before a generic noun describes, it does not assert.</summary>
    private static bool DescribesGroups(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && words[index].Lower.EndsWith("ed", StringComparison.Ordinal) && index + 1 < words.Count && CueReader.GenericNouns.Contains(words[index + 1]);

    private static readonly WordSet Halting = new("suspended", "suspends", "halted", "halts", "banned", "bans", "stopped", "stops", "froze", "freezes", "cut", "cuts", "ended", "ends");

    /// <summary>"Ankara suspended all trade with Israel": the trade stopped; whether they were partners the other sentences tell.</summary>
    private static bool Halted(IReadOnlyList<Word> words, int index) =>
        words[index].Lower == "trade" && (index > 0 && Halting.Contains(words[index - 1]) || index > 1 && words[index - 1].Lower is "all" or "most" && Halting.Contains(words[index - 2]));

    private static readonly WordSet Giving = new("gave", "gives", "give", "giving", "given");

    // What is given that is no aid: "gave notice", "gives way", "gave no details", "gave a speech".
    private static readonly WordSet NoGift = new(
        "notice", "way", "ground", "rise", "birth", "up", "in", "details", "detail", "evidence", "interview", "interviews", "speech",
        "statement", "warning", "briefing", "lecture", "thanks", "credit", "reason", "signal", "signals", "impression", "answer", "account");

    private static bool NotAGift(IReadOnlyList<Word> words, int index, int length)
    {
        if (length != 1 || !Giving.Contains(words[index]))
            return false;
        var j = index + 1;
        if (j < words.Count && words[j].Lower is "a" or "an" or "no" or "few" or "little" or "its" or "their")
            j++;
        return j < words.Count && NoGift.Contains(words[j]);
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

    private static readonly WordSet Defending = new("defended", "defends", "defend", "defending", "justified", "justifies");

    // "defended the government", "backs the rebels": a definite noun that names a party, not an idea.
    private static readonly WordSet PartyNouns = new(
        "government", "governments", "regime", "group", "groups", "movement", "militia", "militias", "country", "countries", "kingdom", "state",
        "republic", "junta", "authorities", "rebels", "rebel", "army", "forces", "president", "leadership", "island", "emirate", "faction", "factions", "alliance", "bloc");

    private static readonly WordSet ArmsNounHeads = new("embargo", "embargoes", "race", "control", "controls", "treaty", "inspectors");

    /// <summary>"The European Union maintains an arms embargo": before such a noun "arms" is a noun itself, and no one is armed.</summary>
    private static bool ArmsAsANoun(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && words[index].Lower == "arms" && index + 1 < words.Count && ArmsNounHeads.Contains(words[index + 1]);

    private static readonly WordSet TopicNouns = new("invasion", "occupation", "annexation", "war", "attack", "attacks", "aggression", "offensive");
    private static readonly WordSet TopicMarkers = new(
        "on", "over", "about", "condemned", "condemning", "condemns", "condemn", "denounced", "denouncing", "deplored", "criticised", "criticized", "opposed", "opposing");

    /// <summary>
    /// "abstained in the votes on the invasion of Ukraine": a war named as what a vote, a debate or a
    /// condemnation is about, with no one's name before it, is not the subject's war.
    /// </summary>
    private static bool HostileTopic(IReadOnlyList<Word> words, int index) =>
        TopicNouns.Contains(words[index]) && index >= 2 && words[index - 1].Lower == "the" && TopicMarkers.Contains(words[index - 2]);

    private static readonly WordSet Rhetorical = new("sharp", "verbal", "scathing", "bitter", "rhetorical", "harsh", "personal", "stinging", "withering", "blistering", "angry");

    /// <summary>"officials responded with sharp attacks on Lusaka": words aimed at a government are no armed attack.</summary>
    private static bool VerbalAttack(IReadOnlyList<Word> words, int index) =>
        words[index].Lower is "attack" or "attacks" && index > 0 && Rhetorical.Contains(words[index - 1]);

    /// <summary>"troops fought in the Democratic Republic of the Congo on the side of its government": where one fights is not whom.</summary>
    private static bool FoughtIn(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && words[index].Lower is "fought" or "fights" or "fighting" && index + 1 < words.Count && words[index + 1].Lower == "in";

    private static readonly WordSet BodyNouns = new("alliance", "partnership", "pact", "friendship", "cooperation");

    /// <summary>"the Pacific Alliance, a bloc of Chile, Colombia, Mexico and Peru": a capitalised noun after a capitalised word names a body, not a tie.</summary>
    private static bool NamesABody(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && BodyNouns.Contains(words[index]) && words[index].IsCapitalized && index > 0 && words[index - 1].IsCapitalized
        && !(index + 1 < words.Count && words[index + 1].Lower is "with" or "between");

    private static readonly WordSet FightVerbs = new("fought", "fights", "fighting", "battled", "battling");

    /// <summary>"French soldiers fought jihadist groups alongside Mali's army": whoever stands after "alongside" is on the fighter's side.</summary>
    private static bool FoughtAlongside(IReadOnlyList<Word> words, int index, int length)
    {
        if (length != 1 || !FightVerbs.Contains(words[index]))
            return false;
        for (var i = index + 1; i < Math.Min(words.Count, index + 6); i++)
        {
            if (words[i].Lower is "alongside" or "beside")
                return true;
            if (words[i].Lower is "," or ";" or "." || words[i].IsCapitalized)
                return false;
        }
        return false;
    }

    private static readonly WordSet PresenceNouns = new("base", "bases", "garrison", "garrisons", "forces", "troops", "installation", "installations");
    private static readonly WordSet Expelling = new("asked", "ordered", "told", "expelled", "evicted", "forced", "demanded", "pushed", "kicked", "ousted", "closed", "shut");

    /// <summary>"Senegal has asked the French garrison in Dakar to leave": a presence its host sends away ties them no longer.</summary>
    private static bool PresenceSentAway(IReadOnlyList<Word> words, int index, int length)
    {
        if (!PresenceNouns.Contains(words[index]) && !(length > 1 && PresenceNouns.Contains(words[index + length - 2])))
            return false;
        for (var i = index - 1; i >= Math.Max(0, index - 5); i--)
        {
            if (Expelling.Contains(words[i]))
                return true;
        }
        var after = index + length;
        for (var i = after; i < Math.Min(words.Count, after + 5); i++)
        {
            if (words[i].Lower == "to" && i + 1 < words.Count && words[i + 1].Lower is "leave" or "withdraw" or "go" or "quit" or "depart")
                return true;
        }
        return false;
    }

    /// <summary>"That partnership did not survive the peace agreement": a tie pointed back to was named before; the name here is not its partner.</summary>
    private static bool PointsBack(IReadOnlyList<Word> words, int index, int length) =>
        index > 0 && words[index - 1].Lower is "that" or "this" && (index < 2 || words[index - 2].Lower is not ("so" or "such"))
        && !(index + length < words.Count && words[index + length].Lower is "with" or "between" or "of" or "to");

    /// <summary>"The two neighbours share a long border and a common threat": a threat two share is neither's enemy in the other.</summary>
    private static bool SharedThreat(IReadOnlyList<Word> words, int index) =>
        words[index].Lower is "threat" or "threats" or "enemy" or "enemies" or "foe" or "foes" or "adversary" or "adversaries"
        && index > 0 && words[index - 1].Lower is "common" or "shared" or "mutual";

    private static readonly WordSet ConflictWords = new(
        "peace", "ceasefire", "cease-fire", "truce", "armistice", "war", "fighting", "conflict", "prisoner", "prisoners", "hostages", "hostage",
        "non-aggression", "de-escalation", "withdrawal", "disengagement");

    /// <summary>"Congo and Rwanda signed a peace agreement", "signed a ceasefire deal": a deal that settles a conflict ties no friends.</summary>
    private static bool SettlesAConflict(IReadOnlyList<Word> words, int index, int length)
    {
        if (words[index].Lower != "signed")
            return false;
        for (var i = index + 1; i < Math.Min(words.Count, index + length + 6); i++)
        {
            if (ConflictWords.Contains(words[i]))
                return true;
            if (words[i].Lower is "." or ";")
                return false;
        }
        return false;
    }

    private static readonly WordSet VerbsAsNouns = new("targets", "strikes", "attacks", "bombs", "raids", "kills", "fights", "supplies", "funds", "backs", "arms", "sanctions");
    private static readonly WordSet NounMarkers = new("the", "main", "principal", "primary", "chief", "these", "those", "such");

    /// <summary>
    /// "The main targets are vessels from the USA": after an article the verb form is a noun, and no one is said to
    /// target anyone. An owned or aimed noun ("its strikes on Iran", "the attacks on Israel") still says who strikes whom.
    /// </summary>
    private static bool VerbFormAsANoun(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && VerbsAsNouns.Contains(words[index]) && index > 0 && NounMarkers.Contains(words[index - 1])
        && !(index + 1 < words.Count && words[index + 1].Lower is "on" or "against" or "at" or "to");

    /// <summary>"Taiwan down to 20 allies": a tally of someone's allies ties none of them to the next name.</summary>
    private static bool CountedAllies(IReadOnlyList<Word> words, int index) =>
        words[index].Lower is "allies" or "partners" && index > 0 && char.IsAsciiDigit(words[index - 1].Lower[0]);
}
