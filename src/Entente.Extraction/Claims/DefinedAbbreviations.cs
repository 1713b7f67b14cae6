using Entente.Extraction.Mentions;
using Entente.Extraction.Segmentation;

namespace Entente.Extraction.Claims;

/// <summary>
/// "Republika Srpska (RS) … RS has built an alliance": a writer who gives an actor's name in full and its
/// letters in brackets after it uses those letters for the actor from there on. The letters are no name
/// the gazetteer knows (a short form is coined per article, and "RS" or "SNA" stands for other things
/// elsewhere), so they count only in the document that defines them, only after the definition, and only
/// written as defined.
/// </summary>
internal static class DefinedAbbreviations
{
    private const int MinLetters = 2;
    private const int MaxLetters = 8;

    // An agency's letters in brackets after a place credit the report ("Kabul (AFP)"), they do not name the place.
    private static readonly HashSet<string> NewsAgencies = new(StringComparer.Ordinal) { "AP", "AFP", "UPI", "DPA", "ANI", "PTI", "IANS", "IRNA", "TASS", "KCNA" };

    /// <summary>Adds to each unit's mentions the later uses of the letters the document defines, keeping each unit's list in text order.</summary>
    public static void Add(IReadOnlyList<Unit> units, IReadOnlyList<Mention>[] mentions)
    {
        Dictionary<string, (string ActorId, int Unit, int After)>? defined = null;
        HashSet<string>? clashing = null;
        for (var u = 0; u < units.Count; u++)
        {
            var text = units[u].Text;
            // Indexed, not enumerated: this runs over every mention of every document, and most have no bracket after them.
            var named = mentions[u];
            for (var k = 0; k < named.Count; k++)
            {
                var mention = named[k];
                if (Defined(text, mention.End) is not var (letters, after) || ShortForms.Covered(named, after - letters.Length - 1, after - 1))
                    continue;
                // "TEHRAN (AP) —": a dateline's city in capitals and the agency after it define nothing.
                if (IsCapitals(mention.Surface) || !OpensTheName(text, mention.Start))
                    continue;
                defined ??= new Dictionary<string, (string, int, int)>(StringComparer.Ordinal);
                if (defined.TryGetValue(letters, out var known) && known.ActorId != mention.ActorId)
                    (clashing ??= new HashSet<string>(StringComparer.Ordinal)).Add(letters);
                else
                    defined.TryAdd(letters, (mention.ActorId, u, after));
            }
        }
        if (defined is null)
            return;
        foreach (var letters in clashing ?? [])
            defined.Remove(letters);
        foreach (var (letters, (actorId, firstUnit, firstAfter)) in defined)
        {
            for (var u = firstUnit; u < units.Count; u++)
                mentions[u] = AddUses(units[u].Text, mentions[u], letters, actorId, u == firstUnit ? firstAfter : 0);
        }
    }

    /// <summary>The letters in brackets right after a name ("Republika Srpska (RS)") and the offset past the closing bracket.</summary>
    private static (string Letters, int After)? Defined(string text, int end)
    {
        var open = end;
        if (open < text.Length && text[open] == ' ')
            open++;
        if (open >= text.Length || text[open] != '(')
            return null;
        var close = text.IndexOf(')', open + 1);
        var length = close - open - 1;
        if (close < 0 || length < MinLetters || length > MaxLetters)
            return null;
        var letters = text.AsSpan(open + 1, length);
        // Capitals, with a digit or an ampersand allowed after the first ("G5", "R&D" style): "(2024)" or "(Reuters)" define nothing.
        if (!char.IsUpper(letters[0]) || NewsAgencies.Contains(letters.ToString()))
            return null;
        var capitals = 0;
        foreach (var c in letters)
        {
            if (char.IsUpper(c))
                capitals++;
            else if (!char.IsDigit(c) && c != '&')
                return null;
        }
        return capitals >= MinLetters ? (letters.ToString(), close + 1) : null;
    }

    private static IReadOnlyList<Mention> AddUses(string text, IReadOnlyList<Mention> mentions, string letters, string actorId, int from)
    {
        List<Mention>? added = null;
        for (var at = text.IndexOf(letters, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(letters, at + letters.Length, StringComparison.Ordinal))
        {
            var end = at + letters.Length;
            if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])) || ShortForms.Covered(mentions, at, end))
                continue;
            (added ??= [.. mentions]).Add(new Mention(at, end, actorId, NameKind.Acronym, letters));
        }
        if (added is null)
            return mentions;
        added.Sort((a, b) => a.Start.CompareTo(b.Start));
        return added;
    }

    /// <summary>
    /// "Tehrik-e-Taliban Afghanistan (TTA)", "the Federation of Bosnia and Herzegovina (FBiH)": letters after a longer name whose
    /// tail alone is known stand for that name, not for the actor its tail names.
    /// </summary>
    private static bool OpensTheName(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
            end--;
        if (end == 0)
            return true;
        if (text[end - 1] == '-')
            return false;
        var from = end;
        while (from > 0 && char.IsLetter(text[from - 1]))
            from--;
        var previous = text.AsSpan(from, end - from);
        // A capitalised word right before the name is part of it, unless it opens the sentence ("The", "In").
        return previous.Length == 0 || !(char.IsUpper(previous[0]) && from > 0) && previous is not ("of" or "for" or "and" or "de");
    }

    private static bool IsCapitals(string surface)
    {
        foreach (var c in surface)
        {
            if (char.IsLower(c))
                return false;
        }
        return true;
    }
}
