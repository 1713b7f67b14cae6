namespace Entente.Extraction.Claims;

// Sponsor compounds ("Iran-backed", "Kremlin-led"): who backs whom, and which name the compound describes when none follows it.
internal sealed partial class CueReader
{
    private void Compound(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int length, Cue cue, List<Draft> into)
    {
        if (index < 2 || words[index - 1].Lower != "-")
            return;
        var source = placed.FindIndex(p => p.Last == index - 2);
        var target = After(words, placed, index + length - 1, 4);
        if (source >= 0 && target < 0 && (Described(words, placed, placed[source].First) is var described and >= 0
                || (described = Predicated(words, placed, placed[source].First)) >= 0))
        {
            // "the Africa Corps, a Kremlin-backed paramilitary unit": the compound describes the name before it.
            into.Add(new Draft(placed[source].ActorId, placed[described].ActorId, cue, index, placed[described].First, "compound"));
            return;
        }
        if (source < 0 || target < 0 || RulesAPlace(words, index, length, placed[target].First) || DescribesUnknownPeople(words, placed, index + length, placed[target].First))
            return;
        // "the Washington-led pressure campaign against Maduro", "a Saudi-led coalition against the Houthis": the one
        // named after "against" is the campaign's foe, not the one who is led or backed.
        var against = AgainstBetween(words, index + length, placed[target].First);
        foreach (var t in Placement.ListAround(words, placed, target).OpeningFrom(index + length))
            into.Add(against
                ? new Draft(placed[source].ActorId, t.ActorId, AgainstCue, index, placed[source].First, "compound-against")
                : new Draft(placed[source].ActorId, t.ActorId, cue, index, placed[source].First, "compound"));
    }

    /// <summary>"drove the Soviet-supported Libyans out of Chad": the compound describes a people we hold no actor for; the place after is no one backed.</summary>
    private static bool DescribesUnknownPeople(IReadOnlyList<Word> words, List<PlacedMention> placed, int after, int target)
    {
        if (after + 1 >= target || !words[after].IsCapitalized || Placement.Covers(placed, after))
            return false;
        var noun = words[after].Lower;
        return noun.Length > 4 && (noun.EndsWith("ans", StringComparison.Ordinal) || noun.EndsWith("ese", StringComparison.Ordinal) || noun.EndsWith("is", StringComparison.Ordinal))
            && !words[after + 1].IsCapitalized;
    }

    private static readonly WordSet RulingParticiples = new("led", "controlled", "dominated", "run", "ruled", "held");

    /// <summary>"the Taliban-led government in Afghanistan", "Russian-controlled areas of Syria": the name after "in" or "of" is the land ruled, not a partner.</summary>
    private static bool RulesAPlace(IReadOnlyList<Word> words, int index, int length, int target)
    {
        if (length != 1 || !RulingParticiples.Contains(words[index]))
            return false;
        for (var i = index + 1; i < target; i++)
        {
            if (words[i].Lower is "in" or "of" or "across" or "inside")
                return true;
        }
        return false;
    }

    /// <summary>The name an appositive opening at <paramref name="start"/> ("X, a Kremlin-…") describes, or -1.</summary>
    private static int Described(IReadOnlyList<Word> words, List<PlacedMention> placed, int start)
    {
        var comma = start - 2;
        if (comma < 1 || words[comma].Lower != "," || words[start - 1].Lower is not ("a" or "an" or "the"))
            return -1;
        return placed.FindIndex(p => p.Last == comma - 1 && !Placement.IsPlace(words, p));
    }

    private static readonly WordSet Predicating = new("is", "are", "was", "were", "remains", "remained", "became", "becomes");

    /// <summary>
    /// The name a predicate opening at <paramref name="start"/> ("X is an Iran-backed group", "X is an elite Iran-backed group",
    /// "X, the group Israel says it targets, is an Iran-backed group") is said of, or -1: the name right before the verb, or the
    /// name opening the sentence with an aside between commas after it.
    /// </summary>
    private static int Predicated(IReadOnlyList<Word> words, List<PlacedMention> placed, int start)
    {
        var verb = start - 1;
        if (verb >= 0 && words[verb].Lower is "a" or "an")
            verb--;
        else if (verb >= 1 && !words[verb].IsCapitalized && char.IsLetter(words[verb].Lower[0]) && words[verb - 1].Lower is "a" or "an")
            verb -= 2;
        if (verb < 1 || !Predicating.Contains(words[verb]))
            return -1;
        if (placed.FindIndex(p => p.Last == verb - 1) is var right and >= 0)
            return Placement.IsPlace(words, placed[right]) || placed[right].Adjective ? -1 : right;
        if (words[verb - 1].Lower != ",")
            return -1;
        var opener = placed.FindIndex(p => p.First <= 1 && (p.First == 0 || words[0].Lower == "the"));
        if (opener < 0 || placed[opener].Adjective || placed[opener].Last + 1 >= verb - 1 || words[placed[opener].Last + 1].Lower != ","
            || verb - placed[opener].Last > 18)
            return -1;
        for (var i = placed[opener].Last + 2; i < verb - 1; i++)
        {
            if (words[i].Lower is "," or ";" or ":" or "." or "and" or "or")
                return -1;
        }
        return opener;
    }
}
