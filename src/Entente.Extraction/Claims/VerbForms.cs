namespace Entente.Extraction.Claims;

/// <summary>
/// Fills in the missing forms of a verb cue before its preposition: an entry that says "cooperates with" and
/// "cooperated with" also matches "cooperate with" and "cooperating with". A hand-written lexicon forgets one form
/// or another; text uses them all.
/// </summary>
/// <remarks>
/// Only phrases of a verb and a preposition are completed, and only where the entry already holds the verb's "-s"
/// form (which gives its stem) and at least one other form: a lone word may be a noun ("arms", "support").
/// </remarks>
internal static class VerbForms
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "with", "to", "against", "from", "on", "for", "alongside", "toward", "towards", "up",
    };

    public static List<string> Complete(IReadOnlyList<string> phrases, ISet<string> taken)
    {
        var completed = new List<string>(phrases);
        foreach (var group in phrases.Select(p => p.Split(' ', 2)).Where(IsVerbPhrase).GroupBy(p => p[1], StringComparer.Ordinal))
        {
            var verbs = group.Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
            // One entry may hold several verbs before the same preposition ("allies with", "sides with"): each "-s" form gives one.
            foreach (var stem in verbs.Select(Stem).OfType<string>().Distinct(StringComparer.Ordinal).ToList())
            {
                var forms = FormsOf(stem);
                if (forms.Count(verbs.Contains) < 2)
                    continue;
                foreach (var form in forms)
                {
                    var phrase = form + " " + group.Key;
                    if (!verbs.Contains(form) && taken.Add(phrase))
                        completed.Add(phrase);
                }
            }
        }
        return completed;
    }

    private static bool IsVerbPhrase(string[] parts) =>
        parts.Length == 2 && parts[0].All(char.IsAsciiLetterLower) && Prepositions.Contains(parts[1].Split(' ')[0]);

    /// <summary>The stem a verb's "-s" form gives ("cooperates" → "cooperate", "allies" → "ally"), or null for any other form.</summary>
    private static string? Stem(string verb) =>
        verb.Length > 4 && verb.EndsWith("ies", StringComparison.Ordinal) ? verb[..^3] + "y"
        : verb.Length > 3 && verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal) && !verb.EndsWith("us", StringComparison.Ordinal) ? verb[..^1]
        : null;

    private static string[] FormsOf(string stem)
    {
        var consonantY = stem.EndsWith('y') && stem.Length > 1 && !"aeiou".Contains(stem[^2], StringComparison.Ordinal);
        var third = consonantY ? stem[..^1] + "ies" : stem + "s";
        var past = stem.EndsWith('e') ? stem + "d" : consonantY ? stem[..^1] + "ied" : stem + "ed";
        var gerund = stem.EndsWith('e') && !stem.EndsWith("ee", StringComparison.Ordinal) ? stem[..^1] + "ing" : stem + "ing";
        return [stem, third, past, gerund];
    }
}
