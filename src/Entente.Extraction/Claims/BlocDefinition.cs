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

    /// <summary>
    /// Where the copula stands after "It", "The pact" or the subject's name opening the main clause ("In 2021, it is …"); -1 if
    /// the clause does not open so.
    /// </summary>
    private static int DefinedFrom(IReadOnlyList<Word> words, List<PlacedMention> placed, string subject)
    {
        var start = OpeningPhrases.MainClauseStart(words, words.Count);
        if (words.Count - start < 6)
            return -1;
        var named = placed.Find(p => p.First >= start);
        var at = words[start].Lower == "it" ? start + 1
            : words[start].Lower == "the" && Kinds.Contains(words[start + 1]) ? start + 2
            : named is not null && named.ActorId == subject && (named.First == start || (named.First == start + 1 && words[start].Lower == "the")) ? PastAsides(words, named.Last + 1)
            : -1;
        return at > 0 && at < words.Count && Copulas.Contains(words[at]) ? at : -1;
    }

    private const int MaxAsideWords = 15;

    /// <summary>
    /// "The Comprehensive … Partnership (CPTPP), also known as TPP11,[2] is …": brackets, notes and a comma
    /// aside between the name and its verb are passed over; -1 where an aside does not close before the verb.
    /// </summary>
    private static int PastAsides(IReadOnlyList<Word> words, int at)
    {
        while (at < words.Count && words[at].Lower is "(" or "[" or ",")
        {
            var close = words[at].Lower switch { "(" => ")", "[" => "]", _ => "," };
            var end = at + 1;
            while (end < words.Count && end - at <= MaxAsideWords && words[end].Lower != close)
                end++;
            if (end >= words.Count || words[end].Lower != close)
                return -1;
            at = end + 1;
        }
        return at;
    }
}
