namespace Entente.Extraction.Claims;

/// <summary>
/// "The army used Turkish-made drones against Boko Haram", "Russia bought Iranian-made Shahed drones": whoever uses,
/// buys or is armed with another nation's weapons is supplied by it, and whom it uses them against is its foe. Only arms
/// count, and only a user that uses, buys, receives or fields them: "shot down Iranian-made drones" is no tie. Both must be
/// states: an armed group's arms often reach it through others ("Chinese-made drones supplied through the UAE").
/// </summary>
internal static class MadeGoods
{
    private static readonly Cue Supplied = new(["made"], CueForm.Active, null, [Area.Weapons]);

    private static readonly WordSet Making = new("made", "built", "manufactured", "produced", "supplied");

    private static readonly WordSet UseVerbs = new(
        "used", "uses", "using", "use", "bought", "buys", "buying", "buy", "acquired", "acquires", "acquiring", "received", "receives",
        "receiving", "operates", "operated", "operating", "deployed", "deploys", "deploying", "fields", "fielded", "flies", "flew", "flying",
        "purchased", "purchases", "ordered", "orders", "imported", "imports", "obtained", "obtains");

    // "armed with", "equipped with": the user is armed by the maker.
    private static readonly WordSet ArmedWith = new("armed", "equipped", "outfitted");

    private static readonly WordSet Goods = new(
        "drone", "drones", "jet", "jets", "aircraft", "missile", "missiles", "rocket", "rockets", "rifles", "weapons", "weaponry", "arms",
        "tank", "tanks", "helicopters", "helicopter", "warships", "frigates", "submarines", "vehicles", "armoured", "armored", "fighter",
        "fighters", "combat", "attack", "air", "systems", "howitzers", "artillery", "ammunition", "munitions", "bombers", "uavs");

    // Words that may stand between the verb and the maker: "used several Turkish-made", "bought the Iranian-made".
    private static readonly WordSet Between = new("a", "an", "the", "its", "their", "his", "her", "several", "some", "many", "more", "new", "advanced", "cheap", "dozens", "of", "hundreds");

    public static IEnumerable<Draft> Read(IReadOnlyList<Word> words, List<PlacedMention> placed, string? subject, Func<string, bool> isState)
    {
        List<Draft>? drafts = null;
        for (var k = 0; k < placed.Count; k++)
        {
            var maker = placed[k];
            var dash = maker.Last + 1;
            if (dash + 2 >= words.Count || words[dash].Lower != "-" || !Making.Contains(words[dash + 1]) || !GoodsWithin(words, dash + 2))
                continue;
            var verb = VerbBefore(words, maker.First);
            if (verb < 0)
                continue;
            var user = CueReader.Before(words, placed, verb, 8);
            var userId = user >= 0 ? placed[user].ActorId : NoOneBefore(words, placed, verb) ? subject : null;
            if (userId is null || userId == maker.ActorId || !isState(maker.ActorId) || !isState(userId))
                continue;
            var leftEdge = user >= 0 ? placed[user].First : verb;
            (drafts ??= []).Add(new Draft(maker.ActorId, userId, Supplied, verb, leftEdge, "made-goods"));
            // "used Turkish-made drones against Boko Haram": whom the weapons are used against is the user's foe.
            if (FoeAfter(words, placed, dash + 2) is { } foe && foe.ActorId != userId)
                drafts.Add(new Draft(userId, foe.ActorId, CueReader.AgainstCue, verb, leftEdge, "made-goods-against"));
        }
        return drafts ?? [];
    }

    private static bool GoodsWithin(IReadOnlyList<Word> words, int from)
    {
        for (var i = from; i < words.Count && i < from + 3; i++)
        {
            if (Goods.Contains(words[i]))
                return true;
        }
        return false;
    }

    private static PlacedMention? FoeAfter(IReadOnlyList<Word> words, List<PlacedMention> placed, int from)
    {
        for (var i = from; i < words.Count && i < from + 4; i++)
        {
            if (words[i].Lower != "against")
                continue;
            foreach (var p in placed)
            {
                if (p.First > i && p.First <= i + 5 && !Placement.IsPlace(words, p))
                    return p;
            }
            return null;
        }
        return null;
    }

    private static int VerbBefore(IReadOnlyList<Word> words, int first)
    {
        var i = first - 1;
        while (i >= 0 && first - i <= 4 && Between.Contains(words[i]))
            i--;
        if (i < 0)
            return -1;
        if (UseVerbs.Contains(words[i]))
            return i;
        return words[i].Lower == "with" && i > 0 && ArmedWith.Contains(words[i - 1]) ? i - 1 : -1;
    }

    /// <summary>"The African country's army used Turkish-made drones": with no one named before the verb, the user is the subject.</summary>
    internal static bool NoOneBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int verb)
    {
        foreach (var p in placed)
        {
            if (p.First < verb && !Placement.IsPlace(words, p))
                return false;
        }
        return true;
    }
}
