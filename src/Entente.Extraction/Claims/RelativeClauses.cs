namespace Entente.Extraction.Claims;

/// <summary>
/// Relative clauses set off by commas (", which it had recognised since 1990,") and main clauses other than the
/// cue's: what they say about time belongs to their own verb, not to a cue outside them.
/// </summary>
internal static class RelativeClauses
{
    // "Ties with Qatar, broken off from 2017 to 2021, are now cordial": a participle of a break opens an aside too.
    private static readonly WordSet Openers = new("which", "who", "whom", "whose", "where", "when", "broken", "severed", "frozen", "suspended", "cut");

    /// <summary>The relative clauses of the unit that end before <paramref name="cue"/> and the main clauses around the cue's, as word ranges.</summary>
    public static List<(int Start, int End)> Around(IReadOnlyList<Word> words, int cue)
    {
        var found = new List<(int, int)>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Lower != "," || !Openers.Contains(words[i + 1]))
                continue;
            var end = i + 2;
            while (end < words.Count && words[end].Lower is not ("," or ";" or "." or "—" or "–"))
                end++;
            // "backed by Iran, which has armed it since 2014": a clause after the cue tells of the tie the cue names;
            // "Taiwan, which it had recognised since 1990, and established relations with China": one before it does not.
            if (end <= cue)
                found.Add((i, end));
            i = end - 1;
        }
        AddOtherMainClauses(words, cue, found);
        return found;
    }

    private static readonly WordSet ClauseOpeners = new("the", "a", "an", "it", "its", "they", "their", "this", "these", "that", "he", "she", "there");

    /// <summary>
    /// "Iran is the main rival, and the truce with the Houthis that has held since 2022 is fragile": a main clause joined
    /// by ", and the …" or ";" has its own time, as the one before the cue's clause has.
    /// </summary>
    private static void AddOtherMainClauses(IReadOnlyList<Word> words, int cue, List<(int, int)> found)
    {
        var start = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var opensClause = words[i].Lower == ";"
                || (words[i].Lower == "," && i + 2 < words.Count && words[i + 1].Lower is "and" or "but" && ClauseOpeners.Contains(words[i + 2]));
            if (!opensClause)
                continue;
            if (i < cue)
            {
                start = i;
                continue;
            }
            found.Add((i, words.Count));
            break;
        }
        if (start > 0)
            found.Add((0, start));
    }
}
