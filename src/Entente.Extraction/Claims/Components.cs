namespace Entente.Extraction.Claims;

/// <summary>
/// "The most powerful factions inside the umbrella, among them Kata'ib Hezbollah and the Badr Organization":
/// groups named as the parts of an organisation are its members. The organisation is a name, or "the
/// umbrella", "the coalition" … standing for a subject that is no country.
/// </summary>
internal static class Components
{
    /// <summary>The nouns a list of parts opens with: a unit without one names no parts (see <see cref="WordClasses"/>).</summary>
    internal static readonly string[] PartWords = ["factions", "groups", "militias", "brigades", "components", "affiliates", "members"];

    private static readonly WordSet Parts = new(PartWords);
    private static readonly WordSet Inside = new("inside", "within", "of", "in");
    private static readonly WordSet Wholes = new("umbrella", "organisation", "organization", "coalition", "front", "alliance", "network", "movement", "body", "axis");
    private static readonly WordSet Introducers = new(",", "among", "them", "including", "such", "as", "notably", "like", "—", "–", ":");

    /// <remarks>Most units name no parts of anything: those return at once, without an iterator made for them.</remarks>
    public static IEnumerable<(string Member, string Whole)> Read(IReadOnlyList<Word> words, List<PlacedMention> placed, string? groupSubject)
    {
        for (var i = 0; i + 3 < words.Count; i++)
        {
            if (Parts.Contains(words[i]) && Inside.Contains(words[i + 1]))
                return ReadFrom(i, words, placed, groupSubject);
        }
        return [];
    }

    private static IEnumerable<(string Member, string Whole)> ReadFrom(int start, IReadOnlyList<Word> words, List<PlacedMention> placed, string? groupSubject)
    {
        for (var i = start; i + 3 < words.Count; i++)
        {
            if (!Parts.Contains(words[i]) || !Inside.Contains(words[i + 1]))
                continue;
            var (whole, end) = Whole(words, placed, i + 2, groupSubject);
            if (whole is null)
                continue;
            // "the four founding members of Mercosur (the 'Southern Common Market') – Argentina, …": a bracket after the name glosses it.
            end = PastABracket(words, end);
            var from = end;
            // "The members of Mercosur are Argentina, Brazil, …": a copula introduces members, not factions or groups.
            while (from < words.Count && from - end < 4 && (Introducers.Contains(words[from]) || (words[i].Lower == "members" && Copulas.Contains(words[from]))))
                from++;
            if (from == end)
                continue;
            var first = NamedAt(words, placed, from);
            if (first < 0)
                continue;
            foreach (var member in Placement.ListAround(words, placed, first))
            {
                if (member.First >= from && member.ActorId != whole)
                    yield return (member.ActorId, whole);
            }
        }
    }

    private static readonly WordSet Copulas = new("are", "were", "include", "included", "includes", "remain");

    /// <summary>The index after a bracket that opens at <paramref name="at"/> and closes within ten words, else <paramref name="at"/>.</summary>
    private static int PastABracket(IReadOnlyList<Word> words, int at)
    {
        if (at >= words.Count || words[at].Lower != "(")
            return at;
        for (var i = at + 1; i < words.Count && i - at <= 10; i++)
        {
            if (words[i].Lower == ")")
                return i + 1;
        }
        return at;
    }

    /// <summary>The organisation named at <paramref name="at"/> and the index after its name.</summary>
    private static (string? Whole, int End) Whole(IReadOnlyList<Word> words, List<PlacedMention> placed, int at, string? groupSubject)
    {
        var k = NamedAt(words, placed, at);
        if (k >= 0)
            return (placed[k].ActorId, placed[k].Last + 1);
        if (groupSubject is not null && at + 1 < words.Count && words[at].Lower == "the" && Wholes.Contains(words[at + 1]))
            return (groupSubject, at + 2);
        return (null, 0);
    }

    /// <summary>The first name that opens at <paramref name="at"/>, or right after a "the" there; -1 if none.</summary>
    private static int NamedAt(IReadOnlyList<Word> words, List<PlacedMention> placed, int at)
    {
        for (var k = 0; k < placed.Count; k++)
        {
            if (placed[k].First == at || (placed[k].First == at + 1 && words[at].Lower == "the"))
                return k;
        }
        return -1;
    }
}
