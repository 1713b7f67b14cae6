namespace Entente.Extraction.Claims;

// Which accusations make rivals: a state's, of a hostile act, made of another named state.
internal static partial class UnassertedCues
{
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
}
