namespace Entente.Extraction.Claims;

/// <summary>
/// Cues that assert no tie. "The friendship we want with Iran", "Baghdad wants a partnership with Ankara":
/// a tie someone wishes for is not a tie that exists, nor is one someone is urged to make ("urged Qatar to
/// cut ties with Hamas"), one still negotiated, one asked about, or a defence against someone.
/// </summary>
internal static class UnassertedCues
{
    private static readonly WordSet Wanting = new("want", "wants", "wanted", "seek", "seeks", "sought", "hope", "hopes", "hoped", "desire", "desires", "wish", "wishes");
    private static readonly WordSet Wishers = new("we", "they", "it", "he", "she", "i", "you");
    private static readonly WordSet Articles = new("a", "an", "the", "for", "closer", "new", "deeper", "better");

    // "others have urged Qatar to cut ties with Hamas": what someone is urged to do has not been done.
    private static readonly WordSet Urging = new(
        "urged", "urges", "urge", "urging", "asked", "asks", "pressed", "presses", "pressing", "pressured", "pressuring", "encouraged",
        "encourages", "told", "on", "demanded", "demands", "wants", "wanted", "want", "invited", "invites");

    public static bool Unasserted(IReadOnlyList<Word> words, int index, int length) =>
        Wanted(words, index, length) || Urged(words, index) || Negotiated(words, index) || AskedWho(words, index) || DefendsAgainst(words, index, length) || NotAnAccusation(words, index) || NotAGift(words, index, length) || ThreatOfAnAct(words, index, length) || Halted(words, index)
        || Prospective(words, index) || DescribesGroups(words, index, length) || TrainingAsANoun(words, index);

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

    private static readonly WordSet Accusing = new("accuses", "accused", "accusing", "accuse");

    private static readonly WordSet BeVerbs = new("is", "are", "was", "were", "be", "been", "being", "stands", "stand", "stood");

    // Who speaks for a faction, not for its state: "some Congolese lawmakers accuse Kampala".
    private static readonly WordSet Factions = new("lawmakers", "legislators", "mps", "deputies", "senators", "opposition", "critics", "activists", "protesters", "rebels", "commentators", "analysts", "media", "newspapers", "press");

    // What one state accuses another of when the two are at odds: the beginnings of the word after "of".
    private static readonly string[] HostileCharges =
    [
        "arm", "financ", "fund", "back", "support", "sponsor", "shelter", "harbo", "host", "meddl", "interfer", "destabili",
        "fuel", "send", "push", "plot", "attack", "aggression", "war", "genocide", "terror", "espionage", "spy", "subver",
        "invad", "occup", "annex", "provok", "stok", "orchestrat", "aid", "train", "incit", "violat",
    ];

    private static readonly WordSet Hedges = new("have", "has", "had", "also", "repeatedly", "long", "often", "openly", "publicly", "now");

    /// <summary>
    /// An accusation ties the accuser and the accused as rivals only as "X accuses Y of" a hostile act
    /// ("of arming the M23", "of meddling"): "Iran is accused of arming the Houthis" names no accuser;
    /// lawmakers or critics do not speak for their state; "accusing Bogota of doing too little" is a dispute.
    /// </summary>
    private static bool NotAnAccusation(IReadOnlyList<Word> words, int index)
    {
        if (!Accusing.Contains(words[index]))
            return false;
        var doer = index - 1;
        while (doer > 0 && Hedges.Contains(words[doer]))
            doer--;
        if (doer >= 0 && (BeVerbs.Contains(words[doer]) || Factions.Contains(words[doer])))
            return true;
        var j = index + 1;
        if (j < words.Count && words[j].Lower == "the")
            j++;
        var named = j;
        while (j < words.Count && (words[j].IsCapitalized || words[j].Lower is "'s" or "’s" or "-"))
            j++;
        if (j == named || j + 1 >= words.Count || words[j].Lower != "of")
            return true;
        var charge = words[j + 1].Lower;
        foreach (var start in HostileCharges)
        {
            if (charge.StartsWith(start, StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    /// <summary>
    /// "its forces are there to defend against Hutu militiamen": what follows "against" is the threat, and
    /// the one defended is not named, so the verb ties no one to the subject.
    /// </summary>
    private static bool DefendsAgainst(IReadOnlyList<Word> words, int index, int length)
    {
        var last = words[index + length - 1].Lower;
        var after = index + length;
        return after < words.Count && words[after].Lower == "against"
            && (last.StartsWith("defen", StringComparison.Ordinal) || last.StartsWith("protect", StringComparison.Ordinal) || last.StartsWith("guard", StringComparison.Ordinal));
    }

    /// <summary>
    /// "readers asked who Argentina counts on abroad": in an embedded question the one relied on is the
    /// "who" itself, so no name after the verb is. Only a name stands between "who" and the verb; in
    /// "Iran, who relies on Russia" the verb follows "who" at once and is read as usual, and in "Hezbollah,
    /// whom Iran arms" the name before the comma is the one armed, which the relative-clause reading finds.
    /// </summary>
    private static bool AskedWho(IReadOnlyList<Word> words, int index)
    {
        var i = index - 1;
        while (i >= 0 && (words[i].IsCapitalized || words[i].Lower is "'s" or "’s" or "-"))
            i--;
        return i >= 0 && i < index - 1 && words[i].Lower is "who" or "whom" && (i < 2 || words[i - 1].Lower != "," || !words[i - 2].IsCapitalized);
    }

    private static readonly WordSet TalkNouns = new("talks", "negotiations", "negotiation", "discussions");
    private static readonly WordSet NounModifiers = new("a", "an", "the", "new", "strategic", "comprehensive", "closer", "deeper", "formal", "possible", "future");

    /// <summary>"talks on a strategic partnership agreement with the EU": a tie still being negotiated does not exist yet.</summary>
    private static bool Negotiated(IReadOnlyList<Word> words, int index)
    {
        var i = index - 1;
        while (i >= 1 && NounModifiers.Contains(words[i]))
            i--;
        return i >= 1 && words[i].Lower is "on" or "about" or "over" or "towards" or "toward" && TalkNouns.Contains(words[i - 1]);
    }

    private static bool Urged(IReadOnlyList<Word> words, int index)
    {
        // "urged Qatar to cut ties", "called on Turkey to stop arming Hamas".
        var to = index >= 3 && words[index - 1].Lower == "to" ? index - 1 : index >= 4 && words[index - 2].Lower == "to" ? index - 2 : -1;
        if (to < 0)
            return false;
        for (var i = to - 1; i >= 1 && i >= to - 5; i--)
        {
            if (Urging.Contains(words[i]) && (words[i].Lower != "on" || words[i - 1].Lower is "called" or "calls" or "calling"))
                return true;
            if (words[i].Lower is "." or ";" or ",")
                return false;
        }
        return false;
    }

    private static bool Wanted(IReadOnlyList<Word> words, int index, int length)
    {
        // "the friendship we want": a wisher and a wanting verb right after the noun.
        var after = index + length;
        if (after + 1 < words.Count && Wishers.Contains(words[after]) && Wanting.Contains(words[after + 1]))
            return true;
        // "wants a partnership", "hopes for closer cooperation".
        for (var i = index - 1; i >= 0 && i >= index - 3; i--)
        {
            if (Wanting.Contains(words[i]))
                return true;
            if (!Articles.Contains(words[i]))
                return false;
        }
        return false;
    }
}
