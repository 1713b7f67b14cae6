namespace Entente.Extraction.Claims;

// Sentences about a pair: "The two former enemies fought …", "Relations between the two are openly hostile",
// "since the two countries established relations".
internal sealed partial class Coreference
{
    // "Relations between the two are openly hostile", "The relationship is hostile", "Relations have warmed".
    private static readonly string[][] PairWords =
        [["the", "two"], ["both"], ["relations"], ["ties"], ["the", "relationship"], ["bilateral", "relations"], ["bilateral", "ties"]];

    /// <summary>
    /// "Azerbaijan and Armenia signed a declaration. The two former enemies fought full-scale wars": a
    /// sentence that names no one and opens with "the two" or "both" is about the subject and the one other
    /// actor the sentence before named; that actor, or null.
    /// </summary>
    public string? PairedWithSubject(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        if (subject is null || placed.Count > 0 || (Opens(words, PairWords) == 0 && !AnswerOpens(words, PairWords) && !OpensAfterAPhrase(words, PairWords)))
            return null;
        var others = _lastNamed.Where(id => id != subject).ToList();
        return others.Count == 1 && (_lastNamed.Contains(subject) || _lastNamed.Count == 1) ? others[0] : null;
    }

    // Told by number: "the" is looked for at every word of every unit.
    private static readonly WordSet The = new("the");

    private static readonly WordSet PairNouns = new("countries", "nations", "states", "sides", "governments", "neighbours", "neighbors", "capitals");

    /// <summary>
    /// "the first talks between the leaders of Israel and the UAE since the two countries established
    /// diplomatic relations": a sentence that names the subject and one other actor, and calls them
    /// "the two countries" before a verb, is about that pair; the other actor, or null.
    /// </summary>
    public (string Other, int From)? NamedPair(IReadOnlyList<Word> words, List<PlacedMention> placed, WordClass said)
    {
        // "two" is rare: a unit without it is not scanned.
        if (subject is null || (said & WordClass.Two) == 0)
            return null;
        // Read in place: this runs over every word of every unit.
        var all = words is List<Word> list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : words.ToArray();
        for (var i = 0; i + 2 < all.Length; i++)
        {
            if (!The.Contains(all[i]) || all[i + 1].Lower != "two" || !PairNouns.Contains(all[i + 2]))
                continue;
            return PairNamedBefore(placed, i, subject);
        }
        return null;
    }

    // Apart from NamedPair: a lambda there over the loop's index had its closure made for every unit.
    private static (string Other, int From)? PairNamedBefore(List<PlacedMention> placed, int i, string subject)
    {
        var named = placed.Where(p => p.Last < i).Select(p => p.ActorId).Distinct().ToList();
        return named.Count == 2 && named.Contains(subject) ? (named.First(id => id != subject), i + 3) : null;
    }

    /// <summary>"In a joint statement, the two countries said …": a short opening phrase and its comma before the words.</summary>
    private static bool OpensAfterAPhrase(IReadOnlyList<Word> words, string[][] phrases)
    {
        var comma = OpeningPhrases.End(words);
        if (comma < 0)
            return false;
        foreach (var phrase in phrases)
        {
            if (phrase.Length > 1 && Words.Spell(words, comma + 1, phrase))
                return true;
        }
        return false;
    }

    // "A: Relations have warmed noticeably this year.": an answer's label stands before the words that open it.
    private static bool AnswerOpens(IReadOnlyList<Word> words, string[][] phrases)
    {
        if (words.Count < 3 || words[0].Lower != "a" || words[1].Lower != ":")
            return false;
        foreach (var phrase in phrases)
        {
            if (Words.Spell(words, 2, phrase))
                return true;
        }
        return false;
    }
}
