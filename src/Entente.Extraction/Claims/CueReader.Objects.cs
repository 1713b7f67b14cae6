namespace Entente.Extraction.Claims;

// Whom a verb's object is, when the name after the verb is not it: others the name has, a speaker's own cause, a cause fought
// for, a thing struck or tied with, a common noun founded, help to do something, a gerund used as a noun; and whose the verb
// is after "which", "despite" or "that it".
internal sealed partial class CueReader
{
    /// <summary>
    /// "Russia arms Iran's enemies", "alliances with Taiwan's few remaining allies": the object is others the possessor
    /// has, foes or friends, not the possessor.
    /// </summary>
    internal static bool ToOthersOfAName(IReadOnlyList<Word> words, int after)
    {
        for (var i = after; i < words.Count - 1 && i <= after + 5; i++)
        {
            if (words[i].Lower is "," or ";" or "." or "and")
                return false;
            if (words[i].Lower is not ("'s" or "’s" or "'"))
                continue;
            var noun = i + 1;
            while (noun < words.Count - 1 && noun - i <= 2 && OthersQualifiers.Contains(words[noun]))
                noun++;
            return HostileWords.Foes.Contains(words[noun]) || OthersOfAnActor.Contains(words[noun]);
        }
        return false;
    }

    private static readonly WordSet OwnNations = new("nation", "nation's", "country", "country's", "homeland", "motherland", "fatherland");

    private static readonly WordSet GuardingVerbs = new("defend", "defends", "defended", "defending", "protect", "protects", "protected", "protecting");

    private static readonly WordSet OthersQualifiers = new("few", "remaining", "last", "closest", "other");

    /// <summary>
    /// "expect Chinese support for our territorial integrity (with Kosovo)": a cue whose object is a speaker's own thing,
    /// with no name right after, is about that thing; a name farther on is no party to it. ("to support its offensive"
    /// supports whoever "its" stands for, and is left to the readers of "its".)
    /// </summary>
    internal static bool ForAThing(IReadOnlyList<Word> words, List<PlacedMention> placed, int after)
    {
        // "Rwanda vowed to defend its territory", "to protect itself": a guard of one's own guards no one else.
        var ownGuard = after >= 1 && after < words.Count && GuardingVerbs.Contains(words[after - 1]);
        if (ownGuard && words[after].Lower is "itself" or "themselves")
            return true;
        // "to defend the nation's borders": the speaker's own nation.
        if (ownGuard && after + 1 < words.Count && words[after].Lower == "the" && OwnNations.Contains(words[after + 1]))
            return true;
        if (after + 1 >= words.Count || !(words[after].Lower is "our" or "my" or "your" || (ownGuard && words[after].Lower is "its" or "their"))
            || words[after + 1].IsCapitalized || !char.IsLetter(words[after + 1].Lower[0]))
            return false;
        foreach (var p in placed)
        {
            if (p.First > after && p.First <= after + 3)
                return false;
        }
        return true;
    }

    /// <summary>
    /// "The Polisario Front has long fought for the independence of Western Sahara": "for" before a common noun names a cause
    /// fought for, not a side; no one is the fighters' ally through it.
    /// </summary>
    internal static bool ForACause(IReadOnlyList<Word> words, List<PlacedMention> placed, int after)
    {
        if (after >= words.Count || words[after - 1].Lower != "for" || !FightingWords.Contains(words[after - 2]))
            return false;
        var noun = words[after].Lower is "the" or "a" or "an" ? after + 1 : after;
        return noun < words.Count && !words[noun].IsCapitalized && char.IsLetter(words[noun].Lower[0]) && !Coreference.BackReference(words, noun)
            && !SidesFoughtFor.Contains(words[noun]) && Placement.IndexOpeningAt(placed, noun) < 0;
    }

    private static readonly WordSet FightingWords = new("fought", "fights", "fighting", "fight", "battled", "battles", "battling", "struggled", "struggles", "struggling");

    /// <summary>
    /// "through partnerships with liberal democracies in the region": a tie whose "with" names a common noun is with those, not
    /// with anyone named elsewhere in the sentence.
    /// </summary>
    internal static bool WithAThing(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int length, Cue cue)
    {
        var with = index + length - 1;
        if (words[with].Lower != "with")
            with++;
        return !cue.Hostile && with + 2 < words.Count && words[with].Lower == "with" && !words[with + 1].IsCapitalized && char.IsLetter(words[with + 1].Lower[0])
            && !NotThings.Contains(words[with + 1]) && !words[with + 2].IsCapitalized && words[with + 2].Lower is not ("-" or "'s" or "’s")
            && !NamedWithin(placed, with + 1, with + 6);
    }

    /// <summary>
    /// "solidarity in confronting imperialism", "combating terrorism": a hostile verb whose object is a bare common noun strikes
    /// that thing; no one named elsewhere is struck through it.
    /// </summary>
    internal static bool StrikesAThing(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int length, Cue cue)
    {
        var after = index + length;
        // "the fight against terrorism": a noun cue that ends on its preposition reads the same way.
        var form = cue.Form == CueForm.Active || (cue.Form == CueForm.Noun && words[after - 1].Lower is "against" or "on");
        return cue.Hostile && form && after + 1 < words.Count && !words[after].IsCapitalized && char.IsLetter(words[after].Lower[0])
            && !NotThings.Contains(words[after]) && !words[after + 1].IsCapitalized && words[after + 1].Lower is not ("-" or "'s" or "’s")
            && !NamedWithin(placed, after, after + 4);
    }

    // "to counter jihadist groups affiliated with al-Qaeda", "targeting civilians in Afghanistan": a name close after the noun says whose.
    private static bool NamedWithin(List<PlacedMention> placed, int from, int to)
    {
        foreach (var p in placed)
        {
            if (p.First >= from && p.First <= to)
                return true;
        }
        return false;
    }

    // Words after a verb that open an object naming someone or point back to someone named.
    private static readonly WordSet NotThings = new(
        "the", "a", "an", "its", "their", "his", "her", "our", "them", "it", "him", "us", "each", "one", "both", "all", "any", "this", "that",
        "these", "those", "such", "other", "another", "rival", "fellow", "former", "pro", "anti", "and", "or", "in", "on", "at", "with",
        "against", "by", "for", "from", "to", "of", "over", "across", "back", "again", "directly", "jointly", "together", "alongside",
        // "killed several of its commanders", "attacked commanders": a number of someone's people.
        "several", "many", "most", "some", "dozens", "hundreds", "thousands", "scores", "two", "three", "four", "five", "ten",
        "commanders", "leaders", "members", "fighters", "officials", "soldiers", "troops", "forces", "militants", "positions", "bases");

    // "fought for the regime", "for the group": nouns that stand for an actor the readers of coreference name.
    private static readonly WordSet SidesFoughtFor = new("regime", "government", "group", "movement", "militia", "organisation", "organization", "country", "kingdom", "republic", "junta", "emirate", "them", "it", "him");

    private static bool SingularRelative(IReadOnlyList<Word> words, PlacedMention doer, int verb) =>
        verb >= 2 && doer.Last == verb - 3 && words[verb - 2].Lower == "," && words[verb - 1].Lower is "which" or "who"
        && (words[verb].Lower is "has" or "is" or "was" || (words[verb].Lower.EndsWith('s') && !words[verb].Lower.EndsWith("ss", StringComparison.Ordinal)));

    private static bool DespiteBefore(IReadOnlyList<Word> words, int verb) =>
        (verb >= 1 && words[verb - 1].Lower == "despite") || (verb >= 2 && words[verb - 2].Lower == "despite" && words[verb - 1].Lower is "its" or "their" or "his" or "her");

    /// <summary>
    /// "Rwanda has denied accusations by Congo's government that it supports the M23": "it" is the accused, not the
    /// accuser named just before it.
    /// </summary>
    private static bool AccuserBeforeIt(IReadOnlyList<Word> words, PlacedMention doer, int verb)
    {
        var it = BeforeVerbGroup(words, verb, doer.Last);
        if (it < 2 || words[it].Lower is not ("it" or "they") || words[it - 1].Lower != "that")
            return false;
        for (var i = doer.First - 1; i >= 0 && doer.First - i <= 3; i--)
        {
            if (Accusations.Contains(words[i]))
                return true;
        }
        return false;
    }

    private static readonly WordSet Accusations = new("accusations", "allegations", "claims", "charges", "reports", "suggestions", "assertions");

    /// <summary>"Russia's war has created deep fissures": a verb of founding whose object is a common noun made a thing, not a proxy.</summary>
    internal static bool FoundedAThing(IReadOnlyList<Word> words, int index, int length, Cue cue)
    {
        var after = index + length;
        return cue.Relation == RelationType.Proxy && cue.Form == CueForm.Active && after < words.Count && !words[after].IsCapitalized
            && char.IsLetter(words[after].Lower[0]) && !FoundingContinues.Contains(words[after]);
    }

    private static readonly WordSet FoundingContinues = new("the", "a", "an", "and", "or", "by", "in", "with", "its", "their", "his", "her", "jointly", "together", "also", "both");

    private static readonly WordSet OthersOfAnActor = new("allies", "partners", "friends", "neighbours", "neighbors", "backers", "proxies", "clients");

    /// <summary>"Qatar helped broker a ceasefire with Egypt": help to do something is no help given to whoever is named next.</summary>
    internal static bool HelpsToDo(IReadOnlyList<Word> words, int index, int after) =>
        words[after - 1].Lower.StartsWith("help", StringComparison.Ordinal) && after < words.Count && !words[after].IsCapitalized
        && words[after].Lower is not ("the" or "its" or "their" or "his" or "her");

    /// <summary>
    /// "a recipient of Iranian funding and know-how estimated by Israel": a gerund after a name that follows a preposition
    /// or an article is a noun whose giver is the name; it does not fund whoever comes next.
    /// </summary>
    private static bool NamedGerund(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int length)
    {
        if (length != 1 || !words[index].Lower.EndsWith("ing", StringComparison.Ordinal))
            return false;
        var giver = placed.FindIndex(p => p.Last == index - 1);
        return giver >= 0 && placed[giver].First > 0 && GerundOpeners.Contains(words[placed[giver].First - 1]);
    }

    private static readonly WordSet GerundOpeners = new("of", "with", "by", "from", "the", "a", "an", "on", "without");
}
