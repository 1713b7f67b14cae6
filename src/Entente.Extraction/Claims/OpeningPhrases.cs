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
        var end = ReportingClauseEnd(words) is var that and >= 0 ? that : CommaWithin(words, shortest, LongestPhrase);
        while (end >= 0 && end + 1 < words.Count && ChainOpeners.Contains(words[end + 1]) && CommaWithin(words, end + 2, end + 1 + LongestPhrase) is var next and >= 0)
            end = next;
        return end;
    }

    // Words that open a phrase before the main clause, not the clause itself ("In 2019,", "According to analysts,").
    private static readonly WordSet PhraseOpeners = new(
        "in", "on", "at", "since", "after", "before", "during", "for", "under", "over", "across", "by", "from", "with", "within", "amid",
        "however", "meanwhile", "today", "yesterday", "now", "then", "still", "yet", "according", "moreover", "furthermore", "indeed",
        "while", "last", "earlier", "later", "following", "despite", "as",
        // "Once again, EU leaders …", "Separately, the group …": an adverb alone before the comma.
        "again", "once", "instead", "likewise", "similarly", "separately", "elsewhere", "finally", "additionally", "nevertheless",
        "nonetheless", "thus", "therefore", "consequently", "recently", "previously", "initially", "eventually", "ultimately", "notably");

    /// <summary>
    /// Where the main clause begins in a sentence that opens with phrases set off by a comma ("In 2019, the United States …")
    /// or with a reporter's clause ("Analysts say that the United States …"), if before <paramref name="inside"/>; else 0. Only
    /// a phrase that opens with a preposition or an adverb counts: "Iran, Russia and China …" opens with a list.
    /// </summary>
    public static int MainClauseStart(IReadOnlyList<Word> words, int inside) =>
        words.Count > 0 && (PhraseOpeners.Contains(words[0]) || ReportingClauseEnd(words) >= 0) && End(words, 1) is var end and >= 0 && end + 1 < inside
            ? end + 1
            : 0;

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

    // Who may report a sentence without being a party to it: "Analysts say that …", "Western officials believe that …".
    private static readonly WordSet Reporters = new(
        "analysts", "experts", "officials", "observers", "critics", "diplomats", "sources", "reports", "scholars", "commentators",
        "researchers", "historians", "some", "many", "most", "others", "investigators", "monitors", "activists", "residents");

    internal static readonly WordSet ReportingVerbs = new(
        "say", "says", "said", "believe", "believes", "believed", "note", "notes", "noted", "argue", "argues", "argued", "contend",
        "contends", "think", "agree", "suggest", "suggests", "suggested", "warn", "warns", "warned", "estimate", "estimates", "claim",
        "claims", "claimed", "report", "reported", "indicate", "indicated", "allege", "alleged", "add", "added");

    // Words a reporter's clause may hold between its noun and its verb: "analysts have long said that".
    private static readonly WordSet ReportingFillers = new("have", "had", "long", "widely", "generally", "often", "also", "now", "privately", "publicly");

    /// <summary>
    /// "Analysts say that the group …", "Some Western officials have long believed that it …": a clause that only says who
    /// reports the sentence, at its start and closed by "that"; where that "that" stands, else -1. The reporter is a common
    /// noun, never an actor: "Washington says that …" is Washington's own claim.
    /// </summary>
    private static int ReportingClauseEnd(IReadOnlyList<Word> words)
    {
        // The reporter is the last of the first three words that may be one ("Some Western officials"), after words only.
        var reporter = -1;
        for (var k = 0; k < 3 && k < words.Count && char.IsLetter(words[k].Lower[0]) && words[k].Lower != "that"; k++)
        {
            if (Reporters.Contains(words[k]))
                reporter = k;
        }
        if (reporter < 0)
            return -1;
        var i = reporter + 1;
        while (i < words.Count && ReportingFillers.Contains(words[i]))
            i++;
        return i + 2 < words.Count && ReportingVerbs.Contains(words[i]) && words[i + 1].Lower == "that" ? i + 1 : -1;
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
