namespace Entente.Extraction.Claims;

/// <summary>
/// "The friendship we want with Iran", "Baghdad wants a partnership with Ankara": a tie someone wishes for
/// is not a tie that exists, so its cue asserts nothing.
/// </summary>
internal static class Wishes
{
    private static readonly WordSet Wanting = new("want", "wants", "wanted", "seek", "seeks", "sought", "hope", "hopes", "hoped", "desire", "desires", "wish", "wishes");
    private static readonly WordSet Wishers = new("we", "they", "it", "he", "she", "i", "you");
    private static readonly WordSet Articles = new("a", "an", "the", "for", "closer", "new", "deeper", "better");

    public static bool Wished(IReadOnlyList<Word> words, int index, int length)
    {
        // "the friendship we want": a wisher and a wanting verb right after the noun.
        var after = index + length;
        if (after + 1 < words.Count && Wishers.Contains(words[after]) && Wanting.Contains(words[after + 1]))
            return true;
        // "wants a partnership", "hopes for closer cooperation".
        for (var i = index - 1; i >= 0 && i >= index - 3; i--)
        {
            if (Wanting.Contains(words[i]))
                return true;
            if (!Articles.Contains(words[i]))
                return false;
        }
        return false;
    }
}
