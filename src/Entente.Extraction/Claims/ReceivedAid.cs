namespace Entente.Extraction.Claims;

/// <summary>
/// "Egypt receives billions of dollars in US aid", "the army was rewarded with Chinese loans", "Hezbollah relies on Iranian
/// weapons": a nation's name or demonym right before a noun of help, itself after a verb of receiving, makes that nation
/// the giver and the receiver's doer (or the subject, where no one is named before the verb) the one it helps.
/// </summary>
internal static class ReceivedAid
{
    private static readonly Cue Funded = new(["aid"], CueForm.Active, null, [Area.Funding]);
    private static readonly Cue Armed = new(["weapons"], CueForm.Active, null, [Area.Weapons]);
    private static readonly Cue Helped = new(["support"], CueForm.Active, null, []);

    private static readonly string[] MoneyNounWords = ["aid", "assistance", "loans", "loan", "funding", "funds", "money", "grants", "credit", "credits", "financing", "investment", "investments", "cash", "subsidies"];
    private static readonly string[] ArmsNounWords = ["weapons", "weaponry", "arms", "missiles", "drones", "rockets", "ammunition", "munitions"];
    private static readonly string[] SupportNounWords = ["support", "backing", "protection", "training", "advisers", "advisors", "instructors"];

    /// <summary>Every noun a giver's help is named by: a unit with none of them is not read (<see cref="WordClass.HelpNoun"/>).</summary>
    internal static readonly string[] HelpNounWords = [.. MoneyNounWords, .. ArmsNounWords, .. SupportNounWords];

    private static readonly WordSet MoneyNouns = new(MoneyNounWords);
    private static readonly WordSet ArmsNouns = new(ArmsNounWords);
    private static readonly WordSet SupportNouns = new(SupportNounWords);

    // "US military aid", "Chinese development loans": kinds of help between the giver and the noun.
    private static readonly WordSet HelpKinds = new("military", "financial", "economic", "humanitarian", "development", "security", "budgetary", "budget", "foreign", "defence", "defense", "diplomatic", "political", "technical", "emergency");

    private static readonly WordSet ReceiveVerbs = new(
        "received", "receives", "receive", "receiving", "got", "gets", "getting", "obtained", "obtains", "accepted", "accepts", "accepting",
        "secured", "secures", "securing", "won", "wins");

    // Verbs read with their preposition: "rewarded with", "relies on".
    private static readonly WordSet WithVerbs = new("rewarded", "provided", "supplied", "equipped", "armed");
    private static readonly WordSet OnVerbs = new("relies", "rely", "relied", "relying", "depends", "depend", "depended", "depending", "dependent", "reliant", "dependence", "reliance");

    // Amounts and articles between the verb and the giver: "billions of dollars in", "$1.3 billion in", "the".
    private static readonly WordSet Between = new("a", "an", "the", "more", "new", "further", "additional", "billions", "millions", "billion", "million", "of", "dollars", "in", "$", "worth", "annual", "large", "substantial", "significant", "massive", "generous", "vital", "crucial", "heavily", "largely", "mostly");

    public static IEnumerable<Draft> Read(IReadOnlyList<Word> words, List<PlacedMention> placed, string? subject, Func<string, bool> isState)
    {
        List<Draft>? drafts = null;
        for (var k = 0; k < placed.Count; k++)
        {
            var giver = placed[k];
            if (!isState(giver.ActorId) || HelpNounAfter(words, giver.Last + 1) is not { } cue)
                continue;
            var verb = VerbBefore(words, giver.First);
            if (verb < 0)
                continue;
            var receiver = CueReader.Before(words, placed, verb, 8);
            // "overtures towards Israel were rewarded with US aid": a name after a preposition is not the one rewarded.
            if (receiver >= 0 && AfterAPreposition(words, placed[receiver]))
                continue;
            var receiverId = receiver >= 0 ? placed[receiver].ActorId : MadeGoods.NoOneBefore(words, placed, verb) ? subject : null;
            if (receiverId is null || receiverId == giver.ActorId)
                continue;
            (drafts ??= []).Add(new Draft(giver.ActorId, receiverId, cue, verb, receiver >= 0 ? placed[receiver].First : verb, "received-aid"));
        }
        return drafts ?? [];
    }

    private static Cue? HelpNounAfter(IReadOnlyList<Word> words, int from)
    {
        var i = from;
        while (i < words.Count && i - from < 2 && HelpKinds.Contains(words[i]))
            i++;
        if (i >= words.Count)
            return null;
        return MoneyNouns.Contains(words[i]) ? Funded : ArmsNouns.Contains(words[i]) ? Armed : SupportNouns.Contains(words[i]) ? Helped : null;
    }

    /// <summary>The receiving verb before the giver's name, over amounts and articles; -1 where there is none.</summary>
    private static int VerbBefore(IReadOnlyList<Word> words, int first)
    {
        var i = first - 1;
        while (i >= 0 && first - i <= 6 && (Between.Contains(words[i]) || char.IsAsciiDigit(words[i].Lower[0])))
            i--;
        if (i < 0)
            return -1;
        if (ReceiveVerbs.Contains(words[i]))
            return i;
        if (i > 0 && words[i].Lower == "with" && WithVerbs.Contains(words[i - 1]))
            return i - 1;
        return i > 0 && words[i].Lower is "on" or "upon" && OnVerbs.Contains(words[i - 1]) ? i - 1 : -1;
    }

    private static readonly WordSet Prepositions = new("towards", "toward", "to", "with", "of", "against", "on", "for", "from", "in", "by", "at", "over", "about");

    private static bool AfterAPreposition(IReadOnlyList<Word> words, PlacedMention name)
    {
        var before = name.First - 1;
        if (before > 0 && words[before].Lower == "the")
            before--;
        return before >= 0 && Prepositions.Contains(words[before]);
    }
}
