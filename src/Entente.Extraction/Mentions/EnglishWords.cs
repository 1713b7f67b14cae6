using System.Collections.Frozen;

namespace Entente.Extraction.Mentions;

/// <summary>
/// Short English words that acronyms and codes can spell ("IS", "US", "CAR", "WHO"). In a headline in
/// capitals such a form is more likely the word than the name, so it counts there only when the words
/// around it are not shouting too. Kept to words a headline uses; an acronym missing from the list
/// still matches, which is the safer way to be wrong in a sentence that is not shouted.
/// </summary>
internal static class EnglishWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = new[]
    {
        "a", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of",
        "oh", "ok", "on", "or", "so", "to", "up", "us", "we",
        "act", "add", "age", "ago", "aid", "aim", "air", "all", "and", "any", "are", "arm", "art", "ask", "bad",
        "ban", "bar", "bed", "big", "bid", "bit", "box", "boy", "but", "buy", "can", "car", "cut", "day", "did",
        "die", "dog", "dry", "due", "end", "era", "eye", "far", "few", "fit", "fly", "for", "fun", "gas", "get",
        "god", "got", "gun", "had", "has", "her", "hit", "him", "his", "hot", "how", "its", "job", "key", "kid",
        "law", "lay", "led", "let", "lie", "low", "man", "map", "may", "men", "met", "mix", "new", "nor", "not",
        "now", "odd", "off", "oil", "old", "one", "our", "out", "own", "pay", "per", "put", "ran", "raw", "red",
        "run", "sad", "saw", "say", "sea", "see", "set", "she", "sit", "six", "sky", "son", "sun", "tax", "ten",
        "the", "tie", "too", "top", "try", "two", "use", "via", "war", "was", "way", "who", "why", "win", "won",
        "yes", "yet", "you",
        "also", "arms", "back", "bans", "been", "best", "bomb", "call", "came", "cuts", "deal", "does", "done",
        "down", "each", "even", "ever", "face", "fall", "fear", "fire", "five", "four", "free", "from", "gain",
        "gave", "give", "good", "grip", "half", "have", "help", "here", "high", "hold", "home", "hope", "into",
        "just", "keep", "kill", "last", "lead", "left", "like", "line", "long", "look", "lose", "loss", "made",
        "make", "many", "more", "most", "move", "much", "must", "near", "need", "next", "nine", "none", "once",
        "only", "open", "over", "pact", "part", "plan", "push", "rise", "role", "rule", "said", "same", "says",
        "seek", "sees", "show", "side", "sign", "some", "stay", "step", "stop", "such", "take", "talk", "tell",
        "than", "that", "them", "then", "they", "this", "ties", "time", "told", "turn", "vote", "want", "warn",
        "ways", "week", "well", "went", "were", "what", "when", "will", "with", "word", "work", "year", "your",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the letters spell one of the words, in any case.</summary>
    public static bool Contains(ReadOnlySpan<char> letters)
    {
        Span<char> lower = stackalloc char[8];
        if (letters.Length > lower.Length)
            return false;
        for (var i = 0; i < letters.Length; i++)
            lower[i] = char.ToLowerInvariant(letters[i]);
        return Words.Contains(lower[..letters.Length]);
    }
}
