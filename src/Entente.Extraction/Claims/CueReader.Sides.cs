namespace Entente.Extraction.Claims;

// Who stands on which side of a cue: those who strike together, the one named after "against", a participle's own object,
// and a cut tie that a switch of recognition follows.
internal sealed partial class CueReader
{
    /// <summary>"ISIS-K and the Taliban jointly attacked villages", "worked together against …": those who strike together work together.</summary>
    private static void StruckTogether(IReadOnlyList<Word> words, List<PlacedMention> placed, int left, int index, int length, List<Draft> into)
    {
        if (!Together(words, index, length))
            return;
        var doers = Placement.ListAround(words, placed, left).EndingBefore(index);
        for (var i = 0; i < doers.Count; i++)
            for (var j = i + 1; j < doers.Count; j++)
                into.Add(new Draft(doers[i].ActorId, doers[j].ActorId, TogetherCue, index, doers[i].First, "pair-together"));
    }

    private static readonly Cue TogetherCue = new(["together"], CueForm.Active, RelationType.PragmaticPartner, []) { Mutual = true };
    private static readonly WordSet TogetherWords = new("jointly", "together");

    private static bool Together(IReadOnlyList<Word> words, int index, int length)
    {
        if (index > 0 && TogetherWords.Contains(words[index - 1]))
            return true;
        for (var i = index; i < index + length; i++)
        {
            // "closed ranks against", "united ranks against": ranks closed are ranks shared.
            if (TogetherWords.Contains(words[i]) || (words[i].Lower is "forces" or "ranks" && i > index && words[i - 1].Lower is "joined" or "closed" or "close" or "closing" or "closes" or "united" or "unite" or "uniting"))
                return true;
        }
        return false;
    }

    /// <summary>Whether the name is the object of "against" ("the war against the TPLF").</summary>
    private static bool OfAgainst(IReadOnlyList<Word> words, PlacedMention mention)
    {
        var before = mention.First - 1;
        if (before >= 0 && words[before].Lower == "the")
            before--;
        return before >= 0 && AgainstWord.Contains(words[before]);
    }

    /// <summary>Whether ", angering …" (a comma, then a participle opening a clause of its own) stands between the two words.</summary>
    internal static bool ParticipleBetween(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from; i + 1 < to; i++)
        {
            if (words[i].Lower == "," && !words[i + 1].IsCapitalized && words[i + 1].Lower.Length > 4 && words[i + 1].Lower.EndsWith("ing", StringComparison.Ordinal)
                && !NotParticiples.Contains(words[i + 1]))
                return true;
        }
        return false;
    }

    // "-ing" words that go on with the same tie rather than open a clause of their own.
    private static readonly WordSet NotParticiples = new("including", "notably", "especially", "during", "regarding", "concerning", "following");

    /// <summary>What a joint strike says of the one it is made "with": an ally of those who strike.</summary>
    /// <summary>
    /// "severed diplomatic ties with Taiwan and established relations with China": a cut made to switch sides ends a tie that
    /// was recognition, so the one cut off was a partner until then (<see cref="SwitchedFromCue"/>), not only someone no longer spoken to.
    /// </summary>
    internal static bool Switches(IReadOnlyList<Word> words, int after)
    {
        for (var i = after; i < words.Count; i++)
        {
            if (SwitchWords.Contains(words[i]) && TiesFollow(words, i + 1))
                return true;
        }
        return false;
    }

    /// <summary>"established relations with China", "switched to Beijing", "recognized the PRC"; not "establishing greater independence from the West".</summary>
    private static bool TiesFollow(IReadOnlyList<Word> words, int from)
    {
        for (var i = from; i < words.Count && i - from < 4; i++)
        {
            // "recognized Beijing", "recognized the PRC": a name right after the verb is the one now recognized.
            if ((words[i].IsCapitalized && (i == from || (i == from + 1 && words[from].Lower == "the"))) || SwitchedTies.Contains(words[i]))
                return true;
            if (words[i].Lower is "," or ";" or ".")
                return false;
        }
        return false;
    }

    private static readonly WordSet SwitchedTies = new("relations", "ties", "recognition", "allegiance", "with", "to");

    private static readonly WordSet SwitchWords = new("established", "establishing", "establish", "switched", "switching", "switch", "switches", "recognised", "recognized", "recognising", "recognizing", "recognise", "recognize");

    internal static readonly Cue SwitchedFromCue = new(["switched from"], CueForm.Active, RelationType.PragmaticPartner, []) { Mutual = true, Former = true };

    internal static readonly Cue JointCue = new(["joint"], CueForm.Active, RelationType.Ally, []) { Mutual = true };

    /// <summary>"conducted joint attacks with M23 fighters against Congo's army": the one after "with" strikes beside the doer.</summary>
    internal static bool JointWith(IReadOnlyList<Word> words, int index, int length, int other)
    {
        if (index == 0 || words[index - 1].Lower is not ("joint" or "jointly") || other <= index + length)
            return false;
        var with = other - 1;
        if (with > 0 && words[with].Lower == "the")
            with--;
        return with == index + length && words[with].Lower == "with";
    }

    /// <summary>Where in a list of those struck the first one named after "with" (not "along with") stands; -1 if none is.</summary>
    internal static int StrikesWith(IReadOnlyList<Word> words, List<PlacedMention> targets)
    {
        for (var k = 1; k < targets.Count; k++)
        {
            var with = targets[k].First - 1;
            if (with > 0 && words[with].Lower == "the")
                with--;
            if (with >= 1 && words[with].Lower == "with" && words[with - 1].Lower is not ("along" or "together" or "and" or ","))
                return k;
        }
        return -1;
    }

    /// <summary>Whether "against", or a fight "with" ("allies in its deadly fight with Israel"), stands between the two words.</summary>
    internal static bool AgainstBetween(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (AgainstWord.Contains(words[i]) || (i + 1 < to && FightNouns.Contains(words[i]) && words[i + 1].Lower == "with"))
                return true;
            // "a partnership with them to fight ISIS": whom a tie is made to fight is its foe.
            if (i + 1 < to && words[i].Lower == "to" && FightVerbs.Contains(words[i + 1]))
                return true;
            // "cooperation in the face of North Korea's threats": what a tie faces is its foe.
            if (i + 3 < to && words[i].Lower == "in" && words[i + 1].Lower == "the" && words[i + 2].Lower == "face" && words[i + 3].Lower == "of")
                return true;
        }
        return false;
    }

    private static readonly WordSet AgainstWord = new("against");
    private static readonly WordSet FightVerbs = new("fight", "combat", "counter", "defeat", "confront", "battle", "destroy", "counterbalance", "contain", "deter");
    private static readonly WordSet FightNouns = new("fight", "war", "struggle", "battle", "battles", "wars", "confrontation", "standoff", "showdown");
}
