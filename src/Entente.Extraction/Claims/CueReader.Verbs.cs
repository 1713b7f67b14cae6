namespace Entente.Extraction.Claims;

// What the active reader checks around a verb: bare forms that are nouns, hostile cues in the way, helpers and "each other".
internal sealed partial class CueReader
{
    // Verbs whose bare form is also a noun: "Russia and China support Iran", but "in support of", "Iranian support".
    private static readonly WordSet BareVerbs = new("support", "back", "arm", "sponsor", "supply", "provide", "deliver", "fund", "finance", "bankroll", "equip", "train");

    private static readonly WordSet BeforeAVerb = new(
        "to", "and", "also", "still", "now", "not", "n't", "openly", "actively", "directly", "strongly", "continue", "continued",
        "do", "does", "did", "will", "would", "could", "can", "may", "might", "should", "must", "jointly", "both", "all");

    private static bool BareNoun(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int length)
    {
        if (length != 1 || !BareVerbs.Contains(words[index]))
            return false;
        if (index == 0)
            return true;
        if (words[index - 1].Lower is "they" or "we" or "who")
            return false;
        // A present-tense bare verb needs a plural doer: "Russia and China support Iran", not "Iran support".
        var named = placed.FindIndex(p => p.Last == index - 1);
        return named < 0 ? !BeforeAVerb.Contains(words[index - 1]) : placed[named].Adjective || Placement.ListAround(words, placed, named).Count < 2;
    }

    private bool HostileCueBetween(IReadOnlyList<Word> words, int from, int to)
    {
        foreach (var (index, _, cue) in lexicon.CuesIn(words))
        {
            if (cue.Hostile && index >= from && index < to)
                return true;
        }
        return false;
    }

    // "imposed sanctions on Minsk": after a sanction, "on" names the one sanctioned, not a victim of what was condemned.
    private static readonly WordSet SanctionWords = new("sanctioned", "sanctions", "sanctioning", "imposed");

    private static readonly WordSet BuyVerbs = new("imports", "imported", "importing", "import", "buys", "bought", "buying", "buy", "purchases", "purchased");

    private static readonly WordSet Fighting = new("fighting", "battling", "combating", "combatting", "against", "targeting");

    /// <summary>"pledged troops to the African Union force fighting al-Shabaab": the troops go to the force, not to whom it fights.</summary>
    private static bool FightBetween(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Fighting.Contains(words[i]))
                return true;
        }
        return false;
    }

    private static readonly WordSet Receives = new("receives", "received", "receive", "receiving", "gets", "got", "obtains", "obtained", "seeks", "sought", "needs");

    internal static readonly WordSet VictimPrepositions = new("of", "on", "against", "to", "in", "upon", "toward", "towards");

    internal static readonly WordSet TopicPrepositions = new("over", "about", "regarding", "concerning", "on", "toward", "towards", "amid", "during", "despite");

    private static readonly string[][] HelperPhrases =
        [["with", "support", "from"], ["with", "the", "support", "of"], ["with", "help", "from"], ["with", "the", "help", "of"], ["joined", "by"], ["supported", "by"]];

    /// <summary>"The United States and Britain struck the Houthis, with support from Australia and Bahrain": the helpers act too.</summary>
    private static IEnumerable<PlacedMention> Helpers(IReadOnlyList<Word> words, List<PlacedMention> placed, int from)
    {
        for (var i = from; i < Math.Min(words.Count, from + Reach); i++)
        {
            if (Stops.Contains(words[i]))
                yield break;
            foreach (var phrase in HelperPhrases)
            {
                if (!Words.Spell(words, i, phrase))
                    continue;
                foreach (var helper in HelpersFrom(words, placed, i + phrase.Length))
                    yield return helper;
                yield break;
            }
        }
    }

    private static readonly string[][] FellowMemberPhrases = [["alongside"], ["along", "with"], ["together", "with"]];

    /// <summary>"Iran forms part of the Axis of Resistance alongside Hamas and Hezbollah": those it belongs alongside are members too.</summary>
    private static IEnumerable<PlacedMention> FellowMembers(IReadOnlyList<Word> words, List<PlacedMention> placed, int from)
    {
        // "part of the “Axis of Resistance” alongside Hamas": the name's closing quote stands between.
        if (from < words.Count && words[from].Lower is "”" or "\"" or "’" or "'")
            from++;
        foreach (var phrase in FellowMemberPhrases)
        {
            if (Words.Spell(words, from, phrase))
                return HelpersFrom(words, placed, from + phrase.Length);
        }
        return [];
    }

    /// <summary>"Sweden joined NATO along with Finland": the list glue reads Finland as a second body joined; it is a fellow member.</summary>
    private static int FellowsInList(IReadOnlyList<Word> words, List<PlacedMention> targets)
    {
        for (var k = 1; k < targets.Count; k++)
        {
            var before = targets[k].First - (words[targets[k].First - 1].Lower == "the" ? 1 : 0);
            if (before >= 2 && words[before - 1].Lower == "with" && words[before - 2].Lower is "along" or "together")
                return k;
        }
        return -1;
    }

    // Apart from Helpers, and a loop rather than FindIndex: a lambda there had its closure made anew for every word and phrase tried.
    private static IEnumerable<PlacedMention> HelpersFrom(IReadOnlyList<Word> words, List<PlacedMention> placed, int end)
    {
        var first = FirstAtOrJustAfter(placed, end);
        return first < 0 ? [] : Placement.ListAround(words, placed, first).OpeningFrom(end);
    }

    private static int FirstAtOrJustAfter(List<PlacedMention> placed, int at)
    {
        for (var k = 0; k < placed.Count; k++)
        {
            if (placed[k].First >= at && placed[k].First - at <= 1)
                return k;
        }
        return -1;
    }

    /// <summary>"pledging to come to each other's aid": the cue itself says the parties act on one another.</summary>
    private static bool SaysEachOther(IReadOnlyList<Word> words, int index, int length)
    {
        for (var i = index; i + 1 < index + length; i++)
        {
            if (words[i].Lower == "each" && words[i + 1].Lower == "other")
                return true;
        }
        return false;
    }

    internal static bool Reciprocal(IReadOnlyList<Word> words, int at) =>
        at + 1 < words.Count && ((words[at].Lower == "each" && words[at + 1].Lower == "other") || (words[at].Lower == "one" && words[at + 1].Lower == "another"));
}
