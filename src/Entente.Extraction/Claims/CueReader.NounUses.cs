namespace Entente.Extraction.Claims;

// Words around a verb cue that make it a noun or an adjective ("Russian energy supplies", "a destabilizing
// development"), give it an object farther on ("projects in Zimbabwe"), or make a name the foe fought.
internal sealed partial class CueReader
{
    // "a destabilizing development": a hostile "-ing" word between an article and a noun describes the noun.
    private static bool HostileAdjective(IReadOnlyList<Word> words, int index, Cue cue) =>
        cue.Hostile && words[index].Lower.EndsWith("ing", StringComparison.Ordinal) && words[index - 1].Lower is "a" or "an" or "the" or "most" or "more" or "deeply" or "highly"
        && index + 1 < words.Count && !words[index + 1].IsCapitalized && char.IsLetter(words[index + 1].Lower[0]) && !NotNouns.Contains(words[index + 1]);

    private static readonly WordSet NotNouns = new("of", "the", "a", "an", "to", "in", "on", "with", "against", "and", "or", "its", "their", "his", "her", "by", "for", "from");

    private static readonly WordSet Projects = new("projects", "project", "infrastructure", "roads", "ports", "railways", "railway", "dams", "airports", "developments");

    private static int ProjectsIn(IReadOnlyList<Word> words, List<PlacedMention> placed, int after)
    {
        for (var i = after; i + 2 < words.Count && i < after + 6; i++)
        {
            if (words[i].Lower is "," or ";" or ".")
                return -1;
            if (!Projects.Contains(words[i]) || words[i + 1].Lower != "in")
                continue;
            var at = words[i + 2].Lower == "the" ? i + 3 : i + 2;
            return placed.FindIndex(p => p.First == at && !p.Adjective);
        }
        return -1;
    }

    private static readonly WordSet Goods = new(
        "energy", "gas", "oil", "arms", "weapons", "military", "food", "fuel", "water", "medical", "ammunition", "aid", "humanitarian", "grain", "crude", "power", "drone", "missile");

    private static bool GoodsBefore(IReadOnlyList<Word> words, int index) =>
        words[index].Lower is "supplies" or "shipments" or "sales" or "transfers" or "deliveries" && Goods.Contains(words[index - 1]);

    private static bool Fought(IReadOnlyList<Word> words, List<PlacedMention> placed, int named)
    {
        var first = Placement.ListStart(words, placed, named);
        return first > 0 && words[first - 1].Lower is "against" or "fight" or "fighting" or "fought" or "combat" or "combating";
    }
}
