namespace Entente.Extraction.Claims;

/// <summary>
/// "China, a key player in the region, is …": a short phrase set off by commas. Readers that measure how far a name stands from
/// its cue, or whether two names form a list, pass over it; each decides for itself which asides count.
/// </summary>
internal static class CommaAsides
{
    public const int Longest = 9;

    // What cannot stand inside an aside: a clause break, a bracket, a joint of a list or of clauses, a relative word.
    private static readonly WordSet Breaks = new(";", ":", ".", "(", ")", "and", "or", "which", "who", "but", "while", "whereas", "although", "though", "however", "when");

    /// <summary>The comma that closes the aside opening with the comma at <paramref name="open"/>, before <paramref name="before"/>; -1 where there is none.</summary>
    public static int Close(IReadOnlyList<Word> words, int open, int before = int.MaxValue)
    {
        if (open >= words.Count || words[open].Lower != ",")
            return -1;
        for (var i = open + 2; i < words.Count && i < before && i - open <= Longest + 1; i++)
        {
            if (words[i].Lower == ",")
                return i;
            if (Breaks.Contains(words[i]))
                return -1;
        }
        return -1;
    }
}
