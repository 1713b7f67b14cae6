namespace Entente.Extraction.Claims;

/// <summary>
/// "It is a new three-way strategic defence alliance between Australia, the UK and US", "The Quad is a grouping of India,
/// Australia, Japan and the US": a sentence that says what the subject bloc is, naming its parties, names its members.
/// </summary>
internal static class BlocDefinition
{
    private static readonly WordSet Copulas = new("is", "was", "remains");

    private static readonly WordSet Kinds = new(
        "alliance", "pact", "grouping", "group", "bloc", "partnership", "union", "organisation", "organization", "forum", "coalition",
        "agreement", "treaty", "arrangement", "club", "axis", "dialogue", "framework");

    private static readonly WordSet Joiners = new("between", "of", "comprising", "uniting", "linking");

    /// <summary>The members named so, or null where the unit does not define the subject that way.</summary>
    public static List<string>? Read(IReadOnlyList<Word> words, List<PlacedMention> placed, string subject)
    {
        var copula = DefinedFrom(words, placed, subject);
        if (copula < 0)
            return null;
        for (var i = copula + 1; i + 1 < words.Count && i - copula <= 10; i++)
        {
            if (words[i].Lower is "," or ";" or "." || words[i].IsCapitalized && !Kinds.Contains(words[i]))
                return null;
            if (!Kinds.Contains(words[i]) || !Joiners.Contains(words[i + 1]))
                continue;
            var first = placed.FindIndex(p => p.First > i + 1 && p.First - (i + 1) <= 2);
            if (first < 0)
                return null;
            var members = new List<string>();
            foreach (var p in Placement.ListAround(words, placed, first))
            {
                if (p.First > i + 1 && p.ActorId != subject && !members.Contains(p.ActorId))
                    members.Add(p.ActorId);
            }
            return members.Count >= 2 ? members : null;
        }
        return null;
    }

    /// <summary>Where the copula stands after "It", "The pact" or the subject's name opening the unit; -1 if it does not open so.</summary>
    private static int DefinedFrom(IReadOnlyList<Word> words, List<PlacedMention> placed, string subject)
    {
        if (words.Count < 6)
            return -1;
        var at = words[0].Lower == "it" ? 1
            : words[0].Lower == "the" && Kinds.Contains(words[1]) ? 2
            : placed.Count > 0 && placed[0].First == 0 && placed[0].ActorId == subject ? placed[0].Last + 1
            : placed.Count > 0 && placed[0].First == 1 && words[0].Lower == "the" && placed[0].ActorId == subject ? placed[0].Last + 1
            : -1;
        return at > 0 && Copulas.Contains(words[at]) ? at : -1;
    }
}
