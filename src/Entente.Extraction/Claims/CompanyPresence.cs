namespace Entente.Extraction.Claims;

/// <summary>
/// "Chinese and Indian companies have long run the main oil fields", "Chinese firms still dominate Kenyan road
/// building": a nation's companies that run, build or own things in the subject's country make the two
/// economic partners. Read only where the sentence names no third state, so that "Chinese firms dominate the
/// market in Laos" in a piece about Thailand ties no one to Thailand.
/// </summary>
internal static class CompanyPresence
{
    private static readonly Cue Companies = new(["companies run"], CueForm.Active, RelationType.EconomicPartner, [Area.Investment]);

    internal static readonly string[] CompanyNounWords = ["companies", "firms", "contractors", "investors", "banks", "lenders", "majors", "corporations"];

    private static readonly WordSet CompanyNouns = new(CompanyNounWords);

    // "state-owned companies", "oil majors": a kind between the demonym and the noun.
    private static readonly WordSet Kinds = new(
        "state-owned", "state", "oil", "energy", "mining", "construction", "building", "engineering", "telecom", "telecoms", "private", "big", "large");

    private static readonly WordSet Running = new(
        "run", "runs", "ran", "dominate", "dominates", "dominated", "build", "builds", "built", "operate", "operates", "operated", "own", "owns",
        "owned", "control", "controls", "controlled", "finance", "finances", "financed", "develop", "develops", "developed", "invest", "invests",
        "invested", "manage", "manages", "managed", "extract", "extracts", "mine", "mines", "hold", "holds", "won");

    private static readonly WordSet Helpers = new("have", "has", "had", "long", "still", "now", "also", "largely", "already", "mostly", "together", "jointly");

    public static IEnumerable<Draft> Read(IReadOnlyList<Word> words, List<PlacedMention> placed, string? subject)
    {
        if (subject is null || placed.Count == 0)
            return [];
        for (var c = 1; c < words.Count; c++)
        {
            if (!CompanyNouns.Contains(words[c]) || !Runs(words, c))
                continue;
            var last = c - 1;
            while (last > 0 && c - last <= 2 && Kinds.Contains(words[last]))
                last--;
            if (Owner(placed, last) is var owner and >= 0)
                return Drafts(words, placed, subject, c, last, owner);
        }
        return [];
    }

    // A loop, not FindIndex over a lambda: the lambda's closure was made for every word of every unit read.
    private static int Owner(List<PlacedMention> placed, int last)
    {
        for (var k = 0; k < placed.Count; k++)
        {
            if (placed[k].Last == last && placed[k].Adjective)
                return k;
        }
        return -1;
    }

    private static List<Draft> Drafts(IReadOnlyList<Word> words, List<PlacedMention> placed, string subject, int c, int last, int owner)
    {
        var nations = Placement.ListAround(words, placed, owner).FindAll(p => p.Last <= last && p.Adjective);
        if (placed.Exists(p => p.ActorId != subject && !nations.Contains(p)))
            return [];
        return nations.Where(n => n.ActorId != subject).DistinctBy(n => n.ActorId)
            .Select(n => new Draft(n.ActorId, subject, Companies, c, n.First, "companies")).ToList();
    }

    private static bool Runs(IReadOnlyList<Word> words, int company)
    {
        for (var i = company + 1; i < Math.Min(words.Count, company + 5); i++)
        {
            if (Running.Contains(words[i]))
                return true;
            if (!Helpers.Contains(words[i]))
                return false;
        }
        return false;
    }
}
