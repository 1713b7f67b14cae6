namespace Entente.Extraction.Claims;

// Hostile-looking words that name no enemy: a war a vote is about, words as attacks, where troops fought, a garrison sent home, a shared threat, a peace deal.
internal static partial class UnassertedCues
{
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

    private static readonly WordSet FightVerbs = new("fought", "fights", "fighting", "battled", "battling");

    /// <summary>
    /// "Cameroon fighting Boko Haram" names a foe; "the most intense fighting the two neighbours had seen" and "aided
    /// Laos in fighting COVID-19" name none: bare "fighting" counts only before a name ("the" may stand between).
    /// </summary>
    private static bool FightingNoOneNamed(IReadOnlyList<Word> words, int index, int length)
    {
        if (length != 1 || words[index].Lower != "fighting")
            return false;
        var next = index + 1 < words.Count && words[index + 1].Lower == "the" ? index + 2 : index + 1;
        return next >= words.Count || !(words[next].IsCapitalized || words[next].Lower.StartsWith("al-", StringComparison.Ordinal))
            || Diseases.Contains(words[next]);
    }

    private static readonly WordSet Diseases = new("covid", "covid-19", "ebola", "hiv", "aids", "malaria", "cholera", "mpox", "zika");

    /// <summary>"entered the war on the side of Yemen's government": the war is not "on" the side it is fought for.</summary>
    private static bool WarOnASide(IReadOnlyList<Word> words, int index, int length)
    {
        var after = index + length;
        return words[after - 1].Lower == "on" && after + 2 < words.Count && words[after].Lower == "the" && words[after + 1].Lower is "side" or "sides"
            && words[after + 2].Lower == "of";
    }

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

    private static readonly WordSet AttacksOnAPlace = new(
        "overran", "overrun", "overruns", "attacked", "attacks", "attack", "stormed", "storms", "raided", "raids", "seized", "captured",
        "targeted", "targets", "shelled", "bombed", "struck", "strikes", "ambushed", "besieged", "sacked", "looted");

    /// <summary>"ISWAP overran an army base in Mallam Fatori": a base attacked is a target, and its attacker has no presence there.</summary>
    private static bool PresenceAttacked(IReadOnlyList<Word> words, int index)
    {
        if (!PresenceNouns.Contains(words[index]))
            return false;
        for (var i = index - 1; i >= Math.Max(0, index - 4); i--)
        {
            if (AttacksOnAPlace.Contains(words[i]))
                return true;
            if (words[i].Lower is "," or ";" or "." or "and")
                return false;
        }
        return false;
    }

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

    private static readonly WordSet AttackWords = new("attack", "attacks", "strikes", "raids", "aggression", "offensive", "campaign");

    // What an armed party strikes when it strikes no state or group.
    private static readonly WordSet Things = new(
        "shipping", "ships", "vessels", "tankers", "merchant", "commercial", "civilians", "civilian", "infrastructure", "facilities",
        "pipelines", "convoys", "villages", "towns", "cities", "camps", "hospitals", "schools", "traffic", "refugees", "protesters", "churches", "mosques",
        // "speaking before the attack on the boat": one thing struck, as well as many.
        "boat", "boats", "ship", "vessel", "tanker", "convoy", "village", "town", "city", "camp", "hospital", "school", "church", "mosque",
        "market", "airport", "port", "plant", "facility", "refinery", "refineries");

    /// <summary>
    /// "Iran's aid has allowed the Houthis to conduct attacks against commercial shipping": an attack aimed at a
    /// thing names its target, and the subject named elsewhere in the sentence is not it.
    /// </summary>
    private static bool AttacksAThing(IReadOnlyList<Word> words, int index, int length)
    {
        if (!AttackWords.Contains(words[index]))
            return false;
        var i = index + length;
        if (words[i - 1].Lower is not ("on" or "against" or "at"))
        {
            if (i >= words.Count || words[i].Lower is not ("on" or "against" or "at"))
                return false;
            i++;
        }
        for (var end = Math.Min(words.Count, i + 4); i < end && !words[i].IsCapitalized; i++)
        {
            if (Things.Contains(words[i]))
                return true;
        }
        return false;
    }

    private static readonly WordSet StrikeVerbs = new("attacked", "attacks", "attack", "invaded", "struck", "threatened");

    /// <summary>"to come to each other's aid if attacked", "if either is attacked": an attack supposed is no attack made.</summary>
    private static bool Supposed(IReadOnlyList<Word> words, int index)
    {
        if (!StrikeVerbs.Contains(words[index]))
            return false;
        for (var i = index - 1; i >= 0 && index - i <= 4; i--)
        {
            if (words[i].Lower is "if" or "unless" or "should" or "whenever")
                return true;
            if (words[i].Lower is "," or ";" or ".")
                return false;
        }
        return false;
    }
}
