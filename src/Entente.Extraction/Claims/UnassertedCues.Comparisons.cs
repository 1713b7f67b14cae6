namespace Entente.Extraction.Claims;

// Cues inside a comparison, a push or a contest: allies counted against another's, a state sent closer to someone, a fight for a thing.
internal static partial class UnassertedCues
{
    private static readonly WordSet Pushes = new("sending", "sends", "sent", "send");
    private static readonly WordSet Towards = new("closer", "nearer", "toward", "towards", "into");

    /// <summary>
    /// "US sanctions sending Cuba closer to Russia": what sends a state closer to another moves it; it hands it nothing.
    /// </summary>
    private static bool SentCloser(IReadOnlyList<Word> words, int index, int length)
    {
        if (length != 1 || !Pushes.Contains(words[index]))
            return false;
        var i = index + 1;
        if (i < words.Count && words[i].Lower == "the")
            i++;
        var name = i;
        while (i < words.Count && i - name < 4 && words[i].IsCapitalized && !Towards.Contains(words[i]))
            i++;
        return i > name && i < words.Count && Towards.Contains(words[i]);
    }

    private static readonly WordSet Counting = new("more", "fewer", "less");

    /// <summary>
    /// "Europe will gain many more allies in the region than the United States and China": allies counted against another's
    /// are no tie to the one named after "than".
    /// </summary>
    private static bool CountedAgainstAnother(IReadOnlyList<Word> words, int index, int length)
    {
        if (!(index >= 1 && Counting.Contains(words[index - 1])) && !(index >= 2 && Counting.Contains(words[index - 2])))
            return false;
        for (var i = index + length; i < words.Count && i - index <= 8; i++)
        {
            if (words[i].Lower == "than")
                return true;
            if (words[i].Lower is "," or ";" or "." or ":")
                return false;
        }
        return false;
    }

    /// <summary>
    /// "the United States and China, which are fighting for global dominance": fighting for a thing is a contest for it;
    /// only "fighting for" someone named takes a side.
    /// </summary>
    private static bool FightsForAThing(IReadOnlyList<Word> words, int index, int length)
    {
        var after = index + length;
        if (length != 2 || words[index + 1].Lower != "for" || !FightVerbs.Contains(words[index]) && words[index].Lower != "fight")
            return false;
        if (after < words.Count && words[after].Lower is "the" or "a" or "an")
            after++;
        // "Hezbollah fought for the regime": a ruler's noun stands for a state the reading knows.
        return after < words.Count && !words[after].IsCapitalized && char.IsLetter(words[after].Lower[0]) && !Rulers.Contains(words[after]);
    }

    private static readonly WordSet Rulers = new("regime", "government", "junta", "authorities", "administration", "state", "kingdom", "republic", "army", "military");
}
