namespace Entente.Extraction.Claims;

// Cue words used as parts of other nouns: "arms embargo", "the Pacific Alliance", "that partnership", "the main targets", "20 allies".
internal static partial class UnassertedCues
{
    private static readonly WordSet ArmsNounHeads = new("embargo", "embargoes", "race", "control", "controls", "treaty", "inspectors");

    /// <summary>
    /// "thanks to the support of allied governments": a noun whose "of" is followed by a description, not a name or an
    /// article, has an unnamed giver; "HTS's support of Turkey's plans", "the backing of the Russian government" name theirs.
    /// </summary>
    private static bool OfTheUnnamed(IReadOnlyList<Word> words, int index, int length)
    {
        var after = index + length;
        return length >= 2 && words[after - 1].Lower == "of" && words[index].Lower is "support" or "backing"
            && after < words.Count && !words[after].IsCapitalized && char.IsLetter(words[after].Lower[0]) && !Determiners.Contains(words[after]);
    }

    private static readonly WordSet Determiners = new("the", "a", "an", "its", "their", "his", "her", "both", "this", "that", "these", "those");

    /// <summary>"The European Union maintains an arms embargo": before such a noun "arms" is a noun itself, and no one is armed.</summary>
    private static bool ArmsAsANoun(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && words[index].Lower == "arms" && (index + 1 < words.Count && ArmsNounHeads.Contains(words[index + 1]) || TakenUp(words, index));

    /// <summary>"CNDP rebels take up arms", "laid down their arms": weapons taken up or laid down arm no one.</summary>
    private static bool TakenUp(IReadOnlyList<Word> words, int index)
    {
        var i = index - 1;
        if (i >= 0 && words[i].Lower is "their" or "its" or "his" or "the")
            i--;
        return i >= 0 && words[i].Lower is "up" or "down" && i >= 1
            && words[i - 1].Lower is "take" or "takes" or "took" or "taken" or "taking" or "lay" or "lays" or "laid" or "laying" or "put" or "puts" or "putting";
    }

    // People who left a group, and verbs of drawing its people away: "defecting members of the Afghan Taliban", "recruits members of".
    private static readonly WordSet Leavers = new("breakaway", "defecting", "defected", "former", "ex", "disaffected", "disgruntled", "rogue", "renegade", "dissident", "dissidents");
    private static readonly WordSet Recruiting = new("recruits", "recruited", "recruiting", "recruit", "poached", "poaches", "lured", "lures", "attracts", "attracted", "attracting");

    /// <summary>
    /// "IS-K recruits especially defecting members of the Afghan Taliban", "breakaway fighters from the Pakistani Taleban": the
    /// people named left their group or are drawn from it; that ties no one to the group.
    /// </summary>
    private static bool PeopleDrawnAway(IReadOnlyList<Word> words, int index, int length)
    {
        if (words[index].Lower is not ("members" or "fighters" or "militants" or "commanders"))
            return false;
        for (var i = index - 1; i >= 0 && i >= index - 4; i--)
        {
            if (Leavers.Contains(words[i]) || Recruiting.Contains(words[i]))
                return true;
            if (words[i].IsCapitalized || !char.IsLetter(words[i].Lower[0]))
                return false;
        }
        return false;
    }

    private static readonly WordSet BodyNouns = new("alliance", "partnership", "pact", "friendship", "cooperation");

    /// <summary>"the Pacific Alliance, a bloc of Chile, Colombia, Mexico and Peru": a capitalised noun after a capitalised word names a body, not a tie.</summary>
    private static bool NamesABody(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && BodyNouns.Contains(words[index]) && words[index].IsCapitalized && index > 0 && words[index - 1].IsCapitalized
        && !(index + 1 < words.Count && words[index + 1].Lower is "with" or "between");

    /// <summary>
    /// "That partnership did not survive the peace agreement": a tie pointed back to was named before; the name here is not its
    /// partner. Not "analysts say that partnerships were concluded with India", where "that" opens what is said.
    /// </summary>
    private static bool PointsBack(IReadOnlyList<Word> words, int index, int length) =>
        index > 0 && words[index - 1].Lower is "that" or "this" && (index < 2 || !(words[index - 2].Lower is "so" or "such" || OpeningPhrases.ReportingVerbs.Contains(words[index - 2])
            // "The GCC is a bloc that includes Bahrain": after a grouping's noun "that" opens a clause on it.
            || (words[index - 1].Lower == "that" && GroupingNouns.Contains(words[index - 2]))))
        && !(index + length < words.Count && words[index + length].Lower is "with" or "between" or "of" or "to");

    private static readonly WordSet GroupingNouns = new("bloc", "alliance", "coalition", "grouping", "organisation", "organization", "union", "community", "forum", "club", "group", "body", "axis", "network", "pact", "partnership");

    private static readonly WordSet VerbsAsNouns = new("targets", "strikes", "attacks", "bombs", "raids", "kills", "fights", "supplies", "funds", "backs", "arms", "sanctions");
    private static readonly WordSet NounMarkers = new("the", "main", "principal", "primary", "chief", "these", "those", "such");

    /// <summary>
    /// "The main targets are vessels from the USA": after an article the verb form is a noun, and no one is said to
    /// target anyone. An owned or aimed noun ("its strikes on Iran", "the attacks on Israel") still says who strikes whom.
    /// </summary>
    private static bool VerbFormAsANoun(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && VerbsAsNouns.Contains(words[index]) && index > 0 && NounMarkers.Contains(words[index - 1])
        && !(index + 1 < words.Count && words[index + 1].Lower is "on" or "against" or "at" or "to");

    /// <summary>"fights under the command of Iranian officers": those who command the fighting are not fought.</summary>
    private static bool UnderCommand(IReadOnlyList<Word> words, int index, int length)
    {
        var after = index + length;
        return after + 3 < words.Count && words[after].Lower == "under" && words[after + 1].Lower == "the"
            && words[after + 2].Lower is "command" or "orders" or "control" or "direction" or "leadership" && words[after + 3].Lower == "of";
    }

    /// <summary>"a proxy conflict involving Turkey, Russia and France": "proxy" before a war is the war's kind, not anyone's proxy.</summary>
    private static bool ProxyOfAWar(IReadOnlyList<Word> words, int index, int length) =>
        length == 1 && words[index].Lower is "proxy" or "proxies" && index + 1 < words.Count && ProxyWars.Contains(words[index + 1]);

    private static readonly WordSet ProxyWars = new(
        "war", "wars", "conflict", "conflicts", "battle", "battles", "battleground", "battlefield", "fight", "fighting", "confrontation", "struggle");

    /// <summary>"Taiwan down to 20 allies": a tally of someone's allies ties none of them to the next name.</summary>
    private static bool CountedAllies(IReadOnlyList<Word> words, int index) =>
        words[index].Lower is "allies" or "partners" && index > 0 && (char.IsAsciiDigit(words[index - 1].Lower[0]) || TheOther(words, index));

    /// <summary>"Taiwan's allies are few. The other allies include Paraguay …": the subject's peers among someone's allies, not its own.</summary>
    private static bool TheOther(IReadOnlyList<Word> words, int index) =>
        index > 1 && words[index - 1].Lower == "other" && words[index - 2].Lower == "the";

    /// <summary>
    /// "the US and allies interdicted Iranian ships", "Washington and its allies": the allies are the named
    /// actor's, unnamed, and no one else's partners.
    /// </summary>
    private static bool AlliesOfTheNamed(IReadOnlyList<Word> words, int index)
    {
        if (words[index].Lower is not ("allies" or "partners"))
            return false;
        var i = index - 1;
        if (i > 0 && words[i].Lower is "its" or "their" or "his" or "her")
            i--;
        return i > 0 && words[i].Lower == "and" && words[i - 1].IsCapitalized;
    }

    private static readonly WordSet CloseWords = new("close", "closest", "key", "trusted", "longtime", "long-time", "loyal", "staunch", "old", "political");

    /// <summary>
    /// "Mulatu Teshome, a close ally of Prime Minister Abiy Ahmed, accused …": an ally set off by commas
    /// describes the person before it, and ties neither side to another actor in the sentence. "Slovakia, an ally of
    /// Russia," describes a state: that one is said.
    /// </summary>
    internal static bool AllyOfAPerson(IReadOnlyList<Word> words, List<PlacedMention> placed, int index)
    {
        if (AlliesOfAnUnknownName(words, placed, index))
            return true;
        var named = NameBeforeAnAlly(words, index);
        if (named < 0)
            return false;
        foreach (var p in placed)
        {
            if (p.Last == named && !p.Person)
                return false;
        }
        return true;
    }

    private static readonly WordSet OwnedAllies = new("ally", "allies", "partner", "partners", "backer", "backers", "friends");

    /// <summary>"sanctions imposed on Moscow by Volodimir Zelenski's allies": the allies of a name we do not know are that person's, no one's we read.</summary>
    private static bool AlliesOfAnUnknownName(IReadOnlyList<Word> words, List<PlacedMention> placed, int index)
    {
        if (index < 2 || !OwnedAllies.Contains(words[index]) || words[index - 1].Lower is not ("'s" or "’s") || !words[index - 2].IsCapitalized)
            return false;
        return !Placement.Covers(placed, index - 2);
    }

    /// <summary>Where the capitalised word before ", a close ally of" stands, or -1.</summary>
    private static int NameBeforeAnAlly(IReadOnlyList<Word> words, int index)
    {
        if (words[index].Lower is not ("ally" or "confidant" or "associate") || index + 1 >= words.Count || words[index + 1].Lower != "of")
            return -1;
        var i = index - 1;
        while (i > 0 && CloseWords.Contains(words[i]))
            i--;
        return i > 1 && words[i].Lower is "a" or "an" && words[i - 1].Lower == "," && words[i - 2].IsCapitalized ? i - 2 : -1;
    }

    private static readonly WordSet ShipQualifiers = new(
        "merchant", "commercial", "cargo", "naval", "war", "container", "fishing", "oil", "passenger", "international", "foreign",
        "western", "israeli-linked", "the", "its", "their", "of", "on", "at", "many", "several", "some", "these", "those", "two", "three");

    /// <summary>"attacks on international merchant ships": after such a word "ships" is the vessels, not a verb that supplies anyone.</summary>
    /// <remarks>"Chinese ships blasted a supply boat": followed by a verb of their own, the ships are the doers, not the verb.</remarks>
    private static bool ShipsAsANoun(IReadOnlyList<Word> words, int index) =>
        words[index].Lower == "ships" && index > 0 && (ShipQualifiers.Contains(words[index - 1]) || char.IsAsciiDigit(words[index - 1].Lower[0])
            || (index + 1 < words.Count && (ShipsDo.Contains(words[index + 1]) || PastVerb(words[index + 1]))));

    private static readonly WordSet ShipsDo = new("have", "has", "had", "were", "are", "and", "or", ",", "of", "near", "off", "in", "from");

    // "blasted", "colliding": a verb form after "ships" (not "armed" nor "advanced", which describe what is shipped).
    private static bool PastVerb(Word word) =>
        !word.IsCapitalized && word.Lower.Length > 4 && (word.Lower.EndsWith("ed", StringComparison.Ordinal) || word.Lower.EndsWith("ing", StringComparison.Ordinal))
        && word.Lower is not ("armed" or "advanced" or "guided" or "including" or "anti-shipping");

    /// <summary>"blasting a Philippine supply boat with a water cannon": "supply" before a vessel or a route is a noun, not a verb that supplies anyone.</summary>
    private static bool SupplyAsANoun(IReadOnlyList<Word> words, int index) =>
        words[index].Lower is "supply" or "supplies" && index + 1 < words.Count && SuppliedThings.Contains(words[index + 1]);

    private static readonly WordSet SuppliedThings = new(
        "boat", "boats", "ship", "ships", "vessel", "vessels", "mission", "missions", "run", "runs", "route", "routes", "line", "lines",
        "chain", "chains", "convoy", "convoys", "depot", "depots", "flight", "flights", "corridor", "corridors", "shortages", "shortage");

    /// <summary>"Chile sent Venezuela's envoys home in turn": people sent home are expelled, not supplied.</summary>
    private static bool SentHome(IReadOnlyList<Word> words, int index)
    {
        if (words[index].Lower is not ("sent" or "sends" or "sending" or "send"))
            return false;
        for (var i = index + 1; i < Math.Min(words.Count, index + 7); i++)
        {
            if (words[i].Lower is "home" or "packing")
                return true;
            if (words[i].Lower is "," or ";" or "." or "to")
                return false;
        }
        return false;
    }

    private static readonly WordSet Assailing = new("attack", "attacked", "attacking", "invade", "invaded", "strike", "struck", "target", "targeted", "threaten", "threatened");

    /// <summary>"the junta has threatened to attack a member country of ECOWAS": the member attacked is someone else.</summary>
    private static bool MemberAsAnObject(IReadOnlyList<Word> words, int index, int length)
    {
        var article = words[index].Lower is "a" or "an" ? index : index - 1;
        if (article < 1 || words[article].Lower is not ("a" or "an") || !Assailing.Contains(words[article - 1]))
            return false;
        for (var i = article + 1; i < index + length; i++)
        {
            if (words[i].Lower == "member")
                return true;
        }
        return false;
    }

    /// <summary>
    /// "considered a terrorist organization by many countries, including the European Union": countries no name qualifies
    /// ("many", "other") are of no bloc, so those they include are no bloc's members ("EU countries, including France" are, and
    /// so are those of a counted whole: "a union of 15 states including Benin").
    /// </summary>
    private static bool CountriesOfNoBloc(IReadOnlyList<Word> words, int index)
    {
        if (words[index].Lower is not ("countries" or "states" or "nations") || index + 1 >= words.Count || words[index + 1].Lower is not ("including" or "such" or "like" or ","))
            return false;
        return index == 0 || !(words[index - 1].IsCapitalized || words[index - 1].Lower == ")" || char.IsDigit(words[index - 1].Lower[0]) || Counts.Contains(words[index - 1]));
    }

    private static readonly WordSet Counts = new("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty");

    private static readonly WordSet Threats = new(
        "predations", "depredations", "attacks", "attack", "threat", "threats", "violence", "raids", "abuses", "aggression", "incursions", "reprisals");

    /// <summary>"demands for protection from the predations of the FDLR": protection from a threat names the threat, not a protector.</summary>
    private static bool ProtectionFromAThreat(IReadOnlyList<Word> words, int index, int length)
    {
        var after = index + length;
        if (words[after - 1].Lower != "from" || !words[index].Lower.StartsWith("protect", StringComparison.Ordinal))
            return false;
        if (after < words.Count && words[after].Lower == "the")
            after++;
        return after < words.Count && Threats.Contains(words[after]);
    }
}
