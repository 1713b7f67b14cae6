namespace Entente.Extraction.Claims;

/// <summary>
/// "have trumpeted their defence cooperation since the launch of the invasion", "ties that date to the
/// Iran-Iraq war": an event named only to date something asserts nothing about who fought whom now.
/// </summary>
internal static class EventDates
{
    private static readonly WordSet TimePrepositions = new("since", "after", "before", "during", "until", "following", "amid", "prior", "to", "from");

    private static readonly WordSet EventFrame = new(
        "the", "a", "its", "their", "launch", "start", "beginning", "onset", "outbreak", "end", "of", "full", "-", "scale", "full-scale", "large");

    /// <summary>Whether the event named from <paramref name="first"/> to <paramref name="noun"/> only dates something: a time preposition opens it and no victim follows ("invasion of Ukraine").</summary>
    public static bool OnlyDates(IReadOnlyList<Word> words, int first, int noun)
    {
        if (noun + 1 < words.Count && words[noun + 1].Lower == "of")
            return false;
        for (var i = first - 1; i >= Math.Max(0, first - 9); i--)
        {
            if (TimePrepositions.Contains(words[i]))
                return words[i].Lower is not ("to" or "from") || (i > 0 && words[i - 1].Lower is "dates" or "date" or "dated" or "dating" or "back");
            if (!EventFrame.Contains(words[i]) && !char.IsDigit(words[i].Lower[0]) && !char.IsUpper(words[i].Text[0]))
                return false;
        }
        return false;
    }
}
