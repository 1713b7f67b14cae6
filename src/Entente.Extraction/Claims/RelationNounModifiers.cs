namespace Entente.Extraction.Claims;

/// <summary>
/// Lets a cue phrase built on a relation noun take one more word before that noun: an entry that says "improve relations
/// with" also matches "improve its relations with" and "improve bilateral relations with", and "warm relations with" matches
/// "warm diplomatic relations with", and "close ties" matches "close defence ties". Writers put these words in freely; listing
/// every phrase with each was never done.
/// </summary>
/// <remarks>
/// "relations", "ties" and "relationship" stand for one another where a word follows them ("improve relationship with").
/// The noun must not open the phrase ("relations with" alone says nothing of warmth), and a phrase some entry already holds
/// keeps that entry's meaning.
/// </remarks>
internal static class RelationNounModifiers
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "relations", "ties", "relationship", "relationships", "cooperation", "co-operation", "partnership", "bonds", "links", "friendship",
    };

    private static readonly string[] Modifiers = ["its", "their", "diplomatic", "bilateral", "political", "defence", "defense", "military", "security"];

    // "improve its relationship with" where the entry says "improve relations with": the three are said of the same tie.
    private static readonly string[] SameTie = ["relations", "ties", "relationship"];

    public static List<string> Complete(IReadOnlyList<string> phrases, ISet<string> taken)
    {
        var completed = new List<string>(phrases);
        var swapped = new List<string>();
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ');
            var at = Array.FindIndex(words, 1, w => SameTie.Contains(w));
            if (at < 0 || at + 1 >= words.Length)
                continue;
            foreach (var noun in SameTie)
            {
                words[at] = noun;
                var variant = string.Join(' ', words);
                if (taken.Add(variant))
                    swapped.Add(variant);
            }
        }
        completed.AddRange(swapped);
        foreach (var phrase in phrases.Concat(swapped))
        {
            var words = phrase.Split(' ');
            for (var i = 1; i < words.Length; i++)
            {
                if (!Nouns.Contains(words[i]) || Modifiers.Contains(words[i - 1]))
                    continue;
                foreach (var modifier in Modifiers)
                {
                    var variant = string.Join(' ', words[..i]) + " " + modifier + " " + string.Join(' ', words[i..]);
                    if (taken.Add(variant))
                        completed.Add(variant);
                }
                break;
            }
        }
        return completed;
    }
}
