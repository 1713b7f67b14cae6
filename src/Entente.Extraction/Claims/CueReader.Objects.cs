namespace Entente.Extraction.Claims;

// Whom a verb's object is, when the name after the verb is not it: others the name has, a country after its city, a
// speaker's own cause, a cause fought for, people "in" a place helped, a thing struck or tied with, an attack's helper or an
// attack only talked about, a thing or fact recognised, a common noun founded, help to do something, a gerund used as a
// noun, a group whose members founded another; and whose the verb is after "which", "despite" or "that it".
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

    /// <summary>
    /// "signed a free trade agreement in Lima, Peru": a country after its city (or one we hold no actor for), and after "in" or
    /// "at", says where the act was done. "In Syria, Russia backed Assad" is left alone: there the words after "in" name another.
    /// </summary>
    internal static bool CountryOfACity(IReadOnlyList<Word> words, List<PlacedMention> placed, PlacedMention country)
    {
        var comma = country.First - 1;
        if (comma < 2 || words[comma].Lower != ",")
            return false;
        var i = comma - 1;
        while (i > 0 && comma - i <= 3 && words[i].IsCapitalized)
            i--;
        if (i == comma - 1 || words[i].Lower is not ("in" or "at"))
            return false;
        return !placed.Exists(p => p.Last > i && p.First < comma && p.ActorId != country.ActorId);
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
    /// with anyone named elsewhere in the sentence, unless the sentence goes on to name them ("partnerships with regional
    /// powers apart from Russia, including China, Turkey …").
    /// </summary>
    internal static bool WithAThing(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int length, Cue cue)
    {
        var with = index + length - 1;
        if (words[with].Lower != "with")
            with++;
        return !cue.Hostile && with + 2 < words.Count && words[with].Lower == "with" && !words[with + 1].IsCapitalized && char.IsLetter(words[with + 1].Lower[0])
            && !NotThings.Contains(words[with + 1]) && !words[with + 2].IsCapitalized && words[with + 2].Lower is not ("-" or "'s" or "’s")
            && !NamedWithin(placed, with + 1, with + 6) && !ExamplesNamedAfter(words, placed, with + 2);
    }

    /// <summary>Whether, before the clause ends, "including" (or "such as", "notably" …) opens on a name.</summary>
    private static bool ExamplesNamedAfter(IReadOnlyList<Word> words, List<PlacedMention> placed, int from)
    {
        for (var i = from; i < words.Count - 1 && i - from <= 12; i++)
        {
            if (words[i].Lower is "." or ";" or ":")
                return false;
            var opens = ExampleOpeners.Contains(words[i]) ? 1 : words[i].Lower == "such" && words[i + 1].Lower == "as" ? 2 : 0;
            if (opens > 0)
                return NamedWithin(placed, i + opens, i + opens + 1);
        }
        return false;
    }

    private static readonly WordSet ExampleOpeners = new("including", "notably", "especially", "particularly", "namely");

    /// <summary>
    /// "It has also provided support to allies in Syria, Iraq and Yemen": help given to a bare common noun placed "in"
    /// somewhere goes to people there, not to the places named.
    /// </summary>
    internal static bool ToSomeoneIn(IReadOnlyList<Word> words, int index, int length, Cue cue)
    {
        // "provided support to allies": what is given may stand between the verb and "to".
        var to = index + length - 1;
        while (to + 1 < words.Count && to < index + length + 2 && words[to].Lower != "to" && !words[to + 1].IsCapitalized && char.IsLetter(words[to + 1].Lower[0]))
            to++;
        if (cue.Hostile || to + 2 >= words.Count || words[to].Lower != "to")
            return false;
        var noun = to + 1;
        if (words[noun].IsCapitalized || !char.IsLetter(words[noun].Lower[0]) || NotThings.Contains(words[noun]))
            return false;
        // "support to armed groups in Iraq": one word may describe the noun.
        var @in = words[noun + 1].Lower == "in" ? noun + 1 : noun + 2;
        return @in < words.Count && words[@in].Lower == "in" && !words[@in - 1].IsCapitalized && char.IsLetter(words[@in - 1].Lower[0]);
    }

    /// <summary>
    /// "support to allies in Syria, Iraq and Yemen": plural partners "in" a place are people there, not the place (the
    /// singular is the idiom that names them: "found an ally in Washington"). The list after "in" is places, unless it ends
    /// in "among them": "Iran's proxies in Iraq, Kata'ib Hezbollah and Harakat al-Nujaba among them" names the proxies too.
    /// </summary>
    internal static bool PlaceOfOthers(IReadOnlyList<Word> words, int index, int length, Cue cue, PlacedMention other)
    {
        var @in = index + length;
        if (cue.Form != CueForm.Noun || @in + 1 >= words.Count || words[@in].Lower != "in" || !OthersOfAnActor.Contains(words[@in - 1]) || other.First <= @in)
            return false;
        // Only names and the glue of a list stand between "in" and the name; the list may not end in "among them".
        for (var i = @in + 1; i < other.First; i++)
        {
            if (!words[i].IsCapitalized && words[i].Lower is not ("," or "and" or "-" or "'" or "’"))
                return false;
        }
        var end = other.Last + 1;
        while (end < words.Count && (words[end].IsCapitalized || words[end].Lower is "," or "and" or "-" or "'" or "’" or "al" or "el" or "of"))
            end++;
        return !(end + 1 < words.Count && words[end].Lower == "among" && words[end + 1].Lower == "them");
    }

    /// <summary>
    /// "conducts attacks into Pakistan with the Taliban's increasing support": one whose help an attack has is on the
    /// attacker's side, not its target.
    /// </summary>
    internal static bool HelperOfAnAttack(IReadOnlyList<Word> words, Cue cue, PlacedMention other)
    {
        if (!cue.Hostile || other.First < 1 || other.Last + 2 >= words.Count || words[other.Last + 1].Lower is not ("'s" or "’s"))
            return false;
        var before = words[other.First - 1].Lower == "the" && other.First >= 2 ? other.First - 2 : other.First - 1;
        if (words[before].Lower != "with")
            return false;
        var noun = other.Last + 2;
        if (noun + 1 < words.Count && !HelpNouns.Contains(words[noun]) && !words[noun].IsCapitalized)
            noun++;
        return HelpNouns.Contains(words[noun]);
    }

    private static readonly WordSet HelpNouns = new("support", "backing", "help", "assistance", "blessing", "approval", "aid", "consent", "protection");

    /// <summary>
    /// "Croatia has often linked the aggression against Ukraine to …": an attack named with "the" after a verb that is not
    /// one of doing it is an event talked about; the doer of the verb did not attack. ("launched the attack on" did.)
    /// </summary>
    /// <remarks>
    /// "after the full-scale invasion of Ukraine" dates what follows by the event, and "the invasion of Ukraine organized by
    /// Vladimir Putin" names its doer after it: in neither is the attack the subject's.
    /// </remarks>
    internal static bool AnEventTalkedAbout(IReadOnlyList<Word> words, int index, Cue cue)
    {
        if (!cue.Hostile || cue.Form != CueForm.Noun)
            return false;
        var the = index - 1;
        while (the >= 0 && the >= index - 4 && words[the].Lower != "the" && (words[the].Lower == "-" || !words[the].IsCapitalized && char.IsLetterOrDigit(words[the].Lower[0])))
            the--;
        if (the < 1 || words[the].Lower != "the")
            return DoneByOneNamedAfter(words, index);
        var verb = words[the - 1];
        if (EventDating.Contains(verb))
            return true;
        return the == index - 1 && !verb.IsCapitalized && verb.Lower.EndsWith("ed", StringComparison.Ordinal) && verb.Lower.All(char.IsLetter) && !WagingVerbs.Contains(verb)
            || DoneByOneNamedAfter(words, index);
    }

    private static readonly WordSet EventDating = new("after", "since", "before", "following", "during", "amid", "until", "till", "despite");

    /// <summary>"the invasion of Ukraine organized by Vladimir Putin": a participle and "by" after the attacked name its doer.</summary>
    private static bool DoneByOneNamedAfter(IReadOnlyList<Word> words, int index)
    {
        var i = index + 1;
        if (i < words.Count && words[i].Lower is "of" or "on" or "against")
            i++;
        while (i < words.Count && i <= index + 6 && (words[i].IsCapitalized || words[i].Lower is "the" or "'s" or "’s"))
            i++;
        return i + 1 < words.Count && words[i].Lower.EndsWith("ed", StringComparison.Ordinal) && words[i + 1].Lower == "by";
    }

    private static readonly WordSet WagingVerbs = new(
        "launched", "claimed", "carried", "mounted", "staged", "waged", "started", "led", "ordered", "planned", "conducted", "escalated",
        "intensified", "stepped", "continued", "resumed", "renewed", "directed", "orchestrated", "masterminded", "unleashed", "initiated", "pursued");

    /// <summary>
    /// "Tuvalu recognizes Taiwan": recognition ties only the one named as its object. "agreed to recognize its independence",
    /// "recognizing that Sao Tome was sovereign" recognise a thing or a fact.
    /// </summary>
    internal static bool RecognizesNoName(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int length)
    {
        if (!words[index + length - 1].Lower.StartsWith("recogni", StringComparison.Ordinal))
            return false;
        // "the first state to change from recognising Taiwan": a recognition left.
        if (index > 0 && words[index - 1].Lower == "from")
            return true;
        // "recognise independent Kazakhstan": a word or two may stand before the name.
        for (var i = index + length; i < words.Count && i <= index + length + 2; i++)
        {
            // A capitalised name we do not know may be the subject's ("recognised the Islamic Emirate").
            if (Placement.IndexOpeningAt(placed, i) >= 0 || words[i].IsCapitalized)
                return false;
            if (!char.IsLetter(words[i].Lower[0]) || NotRecognised.Contains(words[i]))
                return true;
        }
        return true;
    }

    private static readonly WordSet NotRecognised = new("its", "their", "his", "her", "that", "whether", "as", "how", "what", "this", "these", "those");

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
            && (!NamedWithin(placed, after, after + 4) || UnassertedCues.StrikesAnAttempt(words, after));
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
            && char.IsLetter(words[after].Lower[0]) && !FoundingContinues.Contains(words[after]) && !OnADate(words, after);
    }

    /// <summary>"founded on June 15 2001 by …": "on" opens a date here, not what the founding rests on.</summary>
    private static bool OnADate(IReadOnlyList<Word> words, int at) =>
        words[at].Lower == "on" && at + 1 < words.Count && (TimeExpressions.IsMonth(words[at + 1]) || char.IsAsciiDigit(words[at + 1].Lower[0]));

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

    /// <summary>
    /// "former members of the Pakistani Taliban and the IMU formed ISIS-K": the founders are people who came from those
    /// groups, and the groups themselves founded nothing.
    /// </summary>
    internal static bool FoundedByFormerMembers(IReadOnlyList<Word> words, List<PlacedMention> placed, int verb)
    {
        if (words[verb].Lower is not ("formed" or "founded" or "created" or "established" or "launched" or "set"))
            return false;
        var left = placed.FindLastIndex(p => p.Last < verb);
        if (left < 0)
            return false;
        var of = Placement.ListStart(words, placed, left) - 1;
        // "of the Pakistani Taliban, Afghan Taliban and …": names and demonyms the list reader did not join stand before it.
        while (of >= 0 && (words[of].IsCapitalized || words[of].Lower is "the" or "," or "and"))
            of--;
        return of >= 1 && words[of].Lower == "of" && words[of - 1].Lower is "members" or "fighters" or "commanders" or "defectors" or "militants" or "cadres" or "veterans";
    }
}
