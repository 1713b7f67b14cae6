namespace Entente.Extraction.Claims;

/// <summary>
/// Short phrases a sentence may open with before its main clause: "In 2019,", "However,", "In a joint statement,", and
/// several in a row ("However, in Iraq, the group …"). What opens the main clause after them opens the sentence.
/// </summary>
internal static class OpeningPhrases
{
    private const int LongestPhrase = 6;

    // Words that open a further phrase after the first one's comma.
    private static readonly WordSet ChainOpeners = new(
        "in", "on", "at", "since", "after", "before", "during", "for", "under", "over", "across", "by", "from", "with", "within",
        "however", "meanwhile", "today", "now", "then", "still", "yet", "according", "moreover", "furthermore", "indeed");

    /// <summary>The comma that closes the last of the opening phrases, each at most six words; -1 where the sentence opens with none.</summary>
    /// <param name="shortest">Where the first comma may stand at the earliest: 1 lets a single word open ("However,").</param>
    public static int End(IReadOnlyList<Word> words, int shortest = 2)
    {
        var end = CommaWithin(words, shortest, LongestPhrase);
        while (end >= 0 && end + 1 < words.Count && ChainOpeners.Contains(words[end + 1]) && CommaWithin(words, end + 2, end + 1 + LongestPhrase) is var next and >= 0)
            end = next;
        return end;
    }

    // Words that open a phrase before the main clause, not the clause itself ("In 2019,", "According to analysts,").
    private static readonly WordSet PhraseOpeners = new(
        "in", "on", "at", "since", "after", "before", "during", "for", "under", "over", "across", "by", "from", "with", "within", "amid",
        "however", "meanwhile", "today", "yesterday", "now", "then", "still", "yet", "according", "moreover", "furthermore", "indeed",
        "while", "last", "earlier", "later", "following", "despite", "as");

    /// <summary>
    /// Where the main clause begins in a sentence that opens with phrases set off by a comma ("In 2019, the United States …"),
    /// if before <paramref name="inside"/>; else 0. Only a phrase that opens with a preposition or an adverb counts: "Iran,
    /// Russia and China …" opens with a list.
    /// </summary>
    public static int MainClauseStart(IReadOnlyList<Word> words, int inside) =>
        words.Count > 0 && PhraseOpeners.Contains(words[0]) && End(words, 1) is var end and >= 0 && end + 1 < inside ? end + 1 : 0;

    /// <summary>
    /// The actor the main clause opens with: named in the sentence's first three words, or right after its opening phrases
    /// ("In 2019, the group …") when those name no one but places. Null where the clause opens otherwise.
    /// </summary>
    public static PlacedMention? Opener(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        if (placed.Count == 0)
            return null;
        if (placed[0].First <= 2 && !Placement.IsPlace(words, placed[0]))
            return placed[0];
        var end = End(words, 1);
        if (end < 0)
            return null;
        foreach (var p in placed)
        {
            if (p.First < end && !Placement.IsPlace(words, p))
                return null;
            if (p.First > end)
                return p.First == end + 1 || (p.First == end + 2 && words[end + 1].Lower == "the") ? p : null;
        }
        return null;
    }

    private static int CommaWithin(IReadOnlyList<Word> words, int from, int to)
    {
        for (var comma = from; comma < words.Count - 2 && comma <= to; comma++)
        {
            if (words[comma].Lower == ",")
                return comma;
        }
        return -1;
    }
}
