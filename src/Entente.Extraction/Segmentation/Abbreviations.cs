using System.Collections.Frozen;

namespace Entente.Extraction.Segmentation;

/// <summary>How an abbreviation followed by a full stop behaves before a word that is not in lower case.</summary>
internal enum Abbreviation
{
    /// <summary>An ordinary word: the full stop ends the sentence.</summary>
    None,

    /// <summary>A title or a connector that something always follows: "Gen. Soleimani", "vs. Israel", "e.g. Hezbollah".</summary>
    BeforeName,

    /// <summary>Goes on before a number ("No. 5", "Sept. 11", "pp. 4"), else ends like a word.</summary>
    BeforeNumber,

    /// <summary>May end a sentence or not ("the U.S. Navy", "the U.S. The move"): ends before a word that starts sentences.</summary>
    Uncertain,
}

/// <summary>The abbreviations English news writes, keyed in lower case without dots ("U.S." → "us").</summary>
internal static class Abbreviations
{
    private static readonly FrozenDictionary<string, Abbreviation>.AlternateLookup<ReadOnlySpan<char>> Known = Build().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Capitalised words that open sentences far more often than they continue a name, in lower case.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "there", "here", "in", "on", "at", "as", "by", "for", "from", "with", "to",
        "of", "but", "and", "or", "so", "yet", "however", "meanwhile", "moreover", "still", "also", "after",
        "before", "while", "when", "since", "although", "though", "if", "some", "many", "most", "both", "such",
        "then", "now", "today", "yesterday", "earlier", "later", "what", "why", "how", "who", "where", "which",
        "according", "officials", "analysts", "despite", "during", "under", "over", "among", "until", "once",
        "each", "all", "no", "not", "other", "another", "neither", "either", "every", "instead", "indeed",
        "thus", "therefore", "last", "next", "one", "two", "several", "none", "nor", "unlike", "like",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static Abbreviation? Find(ReadOnlySpan<char> key) => Known.TryGetValue(key, out var kind) ? kind : null;

    /// <summary>Whether the word at the start of <paramref name="text"/> is one that sentences open with.</summary>
    public static bool StartsSentence(ReadOnlySpan<char> text)
    {
        Span<char> word = stackalloc char[12];
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                break;
            if (length == word.Length)
                return false;
            word[length++] = char.ToLowerInvariant(c);
        }
        return length > 0 && Openers.Contains(word[..length]);
    }

    private static FrozenDictionary<string, Abbreviation> Build()
    {
        var map = new Dictionary<string, Abbreviation>(StringComparer.Ordinal);
        Add(map, Abbreviation.BeforeName,
            "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "adm", "sgt", "cpl",
            "pvt", "brig", "cmdr", "cdr", "gov", "sen", "rep", "pres", "amb", "rev", "hon", "st", "mt", "ft", "vs", "v",
            "cf", "eg", "ie", "viz");
        Add(map, Abbreviation.BeforeNumber,
            "no", "nos", "art", "vol", "fig", "sec", "ch", "para", "pp", "p", "pt", "approx", "ca",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
        Add(map, Abbreviation.Uncertain, "inc", "corp", "ltd", "co", "jr", "sr", "bros", "al");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, Abbreviation> map, Abbreviation kind, params string[] keys)
    {
        foreach (var key in keys)
            map[key] = kind;
    }
}
