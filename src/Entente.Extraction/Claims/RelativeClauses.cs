namespace Entente.Extraction.Claims;

/// <summary>
/// Relative clauses set off by commas (", which it had recognised since 1990,"): what they say about time
/// belongs to their own verb, not to a cue outside them.
/// </summary>
internal static class RelativeClauses
{
    private static readonly WordSet Openers = new("which", "who", "whom", "whose", "where", "when");

    /// <summary>The relative clauses of the unit that end before <paramref name="cue"/>, as word ranges.</summary>
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
        return found;
    }
}
