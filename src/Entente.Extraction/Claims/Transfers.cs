namespace Entente.Extraction.Claims;

/// <summary>
/// "the supply of rockets by the IRGC to Yemen's Houthi militias", "shipments of drones from Iran to Russia": a transfer
/// named as a noun, with its giver after "by" or "from" and its receiver after "to". The giver backs the receiver;
/// what kind of tie that is follows from who they are (ClaimBuilder.Infer).
/// </summary>
internal static class Transfers
{
    private static readonly Cue Transfer = new(["supply of"], CueForm.Active, null, [Area.Weapons]);

    // A unit without one of these (nearly all) is passed over (WordClass.Transfer).
    internal static readonly string[] NounWords =
        ["supply", "supplies", "delivery", "deliveries", "transfer", "transfers", "shipment", "shipments", "sale", "sales", "provision", "smuggling"];

    private static readonly WordSet Nouns = new(NounWords);

    private static readonly WordSet Givers = new("by", "from");
    private static readonly WordSet To = new("to");

    /// <summary>A transfer's span: "the supply of rockets by the IRGC to …" reaches its giver, and then its receiver, within these many words.</summary>
    public const int Reach = 8;

    public static IEnumerable<Draft> Read(IReadOnlyList<Word> words, List<PlacedMention> placed, string? subject)
    {
        if (placed.Count < 2)
            return [];
        List<Draft>? drafts = null;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!Nouns.Contains(words[i]) || words[i + 1].Lower != "of")
                continue;
            var giver = FirstAfter(words, placed, i + 2, Givers);
            if (giver < 0)
                continue;
            var receiver = FirstAfter(words, placed, placed[giver].Last + 1, To);
            if (receiver < 0 || placed[receiver].ActorId == placed[giver].ActorId)
                continue;
            foreach (var from in Placement.ListAround(words, placed, giver).OpeningFrom(placed[giver].First).EndingBefore(placed[receiver].First))
                (drafts ??= []).Add(new Draft(from.ActorId, placed[receiver].ActorId, Transfer, i, i, "transfer"));
        }
        return drafts ?? [];
    }

    /// <summary>The first name after one of <paramref name="markers"/> (the article and a possessive country aside) within reach, inside the clause; or -1.</summary>
    private static int FirstAfter(IReadOnlyList<Word> words, List<PlacedMention> placed, int from, WordSet markers)
    {
        for (var i = from; i < words.Count && i - from < Reach; i++)
        {
            if (words[i].Lower is ";" or ".")
                return -1;
            if (!markers.Contains(words[i]))
                continue;
            // "to Yemen's Houthi militias": past an article or a country's possessive.
            var k = placed.FindIndex(p => p.First > i && p.First - i <= 3 && !Placement.Qualifies(words, p));
            return k;
        }
        return -1;
    }
}
