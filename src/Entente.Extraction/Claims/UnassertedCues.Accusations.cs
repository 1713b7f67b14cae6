namespace Entente.Extraction.Claims;

// Which accusations make rivals: a state's, of a hostile act, made of another named state.
internal static partial class UnassertedCues
{
    private static readonly WordSet Accusing = new("accuses", "accused", "accusing", "accuse");

    private static readonly WordSet BeVerbs = new("is", "are", "was", "were", "be", "been", "being", "stands", "stand", "stood");

    // Who speaks for a faction or for no one, not for its state: "some Congolese lawmakers accuse Kampala", "news sources have accused Iran".
    private static readonly WordSet Factions = new("lawmakers", "legislators", "mps", "deputies", "senators", "opposition", "critics", "activists", "protesters", "rebels", "commentators", "analysts", "media", "newspapers", "press",
        "sources", "reports", "outlets", "experts", "observers", "journalists", "researchers");

    // What one state accuses another of when the two are at odds: the beginnings of the word after "of".
    private static readonly WordBeginnings HostileCharges = new(
        "arm", "financ", "fund", "back", "support", "sponsor", "shelter", "harbo", "host", "meddl", "interfer", "destabili",
        "fuel", "send", "push", "plot", "attack", "aggression", "war", "genocide", "terror", "espionage", "spy", "subver",
        "invad", "occup", "annex", "provok", "stok", "orchestrat", "aid", "train", "incit", "violat", "reignit", "conflict");

    // Words no title before an accused name holds: "the authorities in Kabul" names no title but a place; "accuse it of" a pronoun.
    private static readonly WordSet NoTitleWords = new("of", "in", "at", "from", "for", "on", "by", "with", "it", "them", "each", "one");

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
        // "accused former colonial ruler France of meddling", "accused neighbouring Algeria of": a title before the name.
        var title = j;
        while (title < words.Count && title - j < 4 && !words[title].IsCapitalized && char.IsLetter(words[title].Lower[0]) && !NoTitleWords.Contains(words[title]))
            title++;
        if (title > j && title < words.Count && words[title].IsCapitalized)
            j = title;
        var named = j;
        while (j < words.Count && (words[j].IsCapitalized || words[j].Lower is "'s" or "’s" or "-"))
            j++;
        // "accuse each other of preparing for war", "accuse it of fuelling violence": a pronoun the reading resolves.
        if (j == named && j + 1 < words.Count && (words[j].Lower is "it" or "them" || Words.Spell(words, j, ["each", "other"]) || Words.Spell(words, j, ["one", "another"])))
            j += words[j].Lower is "it" or "them" ? 1 : 2;
        if (j == named || j + 1 >= words.Count || words[j].Lower != "of")
            return true;
        // "accused Isaias of “working to reignite conflict”": the charge quoted in the accuser's words.
        if (j + 2 < words.Count && words[j + 1].Lower is "\"" or "“" or "'" or "‘")
            j++;
        if (HostileCharges.Starts(words[j + 1].Lower))
            return false;
        // "of preparing for war", "of letting France use its territory to destabilise": the act a few words on.
        if (!Leading.Contains(words[j + 1]))
            return true;
        for (var k = j + 2; k < Math.Min(words.Count, j + 9) && words[k].Lower is not ("," or ";" or "."); k++)
        {
            if (HostileCharges.Starts(words[k].Lower))
                return false;
        }
        return true;
    }

    private static readonly WordSet Leading = new(
        "preparing", "planning", "plotting", "letting", "allowing", "helping", "seeking", "trying", "using", "deploying", "massing", "being", "working");

    private static readonly WordSet HostilityNouns = new("hostility", "hostilities", "aggression", "enmity", "rivalry", "hostile");

    /// <summary>
    /// "whose government the juntas accuse of hostility": a charge of hostility is the accusers' word, read with the
    /// accusation; a charge of an act ("of arming the RSF") still says, hedged, that the act was done.
    /// </summary>
    private static bool Charged(IReadOnlyList<Word> words, int index)
    {
        if (index < 2 || words[index - 1].Lower != "of" || !HostilityNouns.Contains(words[index]))
            return false;
        for (var i = index - 2; i >= 0 && index - i <= 7; i--)
        {
            if (Accusing.Contains(words[i]))
                return true;
            if (words[i].Lower is "," or ";" or ".")
                return false;
        }
        return false;
    }

    /// <summary>
    /// "Tshisekedi accused the Rwandan military of supporting the M23": the act after "accused X of" is X's; whoever
    /// accuses did not do it, and the subject-centred reader must not give it to the subject.
    /// </summary>
    internal static bool ChargedAct(IReadOnlyList<Word> words, int index)
    {
        if (index < 3 || words[index - 1].Lower != "of")
            return false;
        for (var i = index - 3; i >= 0 && index - i <= 8; i--)
        {
            if (Accusing.Contains(words[i]))
                return true;
            if (words[i].Lower is "," or ";" or ".")
                return false;
        }
        return false;
    }
}
