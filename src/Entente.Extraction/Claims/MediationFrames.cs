namespace Entente.Extraction.Claims;

/// <summary>
/// "after months of talks mediated by Qatar", "under Saudi mediation", "with Turkey as co-mediator", "through Omani
/// channels", "the Qatari-brokered truce": the sentence marks its mediator by the words around the name, wherever the
/// parties stand. The parties are the names after "between"; else the sentence's other names; else, where the sentence
/// names the mediator alone, the document's subject (a piece about Lebanon: "a deal signed under Saudi mediation").
/// </summary>
/// <remarks>
/// The cue reader ties a mediator to the names next to its verb; this reader is for the sentences where the parties
/// are farther off or not named at all. Both may find the same pair; the claims merge.
/// </remarks>
internal static class MediationFrames
{
    private static readonly Cue Mediated = new(["mediated by"], CueForm.Mediation, RelationType.Mediator, [Area.Mediation]);

    // Every frame holds one of these: a unit without them (nearly all) is passed over (WordClass.Mediation).
    internal static readonly string[] MarkerWords =
        ["mediated", "brokered", "facilitated", "mediation", "facilitation", "auspices", "channels", "mediator", "mediators", "facilitator", "broker", "intermediary"];

    private static readonly WordSet Markers = new(MarkerWords);

    private static readonly WordSet PassiveVerbs = new("mediated", "brokered", "facilitated");
    private static readonly WordSet Nouns = new("mediation", "facilitation", "auspices");
    private static readonly WordSet Roles = new("mediator", "mediators", "facilitator", "broker", "intermediary");
    private static readonly WordSet Under = new("under", "through", "via", "with");
    private static readonly WordSet Through = new("through", "via");
    private static readonly WordSet Channels = new("channels", "mediation", "mediators");
    private static readonly WordSet Of = new("of");
    private static readonly WordSet By = new("by");
    private static readonly WordSet As = new("as");
    private static readonly WordSet Between = new("between");
    private static readonly WordSet Hyphen = new("-");
    private static readonly WordSet Ends = new(";", ".");
    private static readonly WordSet Fillers = new("the", "a", "its", "their", "co", "-", "chief", "main", "lead", "joint", "designated", "sole", "key");

    // "Israel rejected Egyptian mediation", "an offer of Qatari mediation": a mediation refused or only proposed took no place.
    private static readonly WordSet Refusals = new(
        "rejected", "rejects", "refused", "refuses", "declined", "declines", "rebuffed", "spurned", "offered", "offers", "proposed",
        "proposes", "without", "bypassing", "sought", "seeks", "requested", "asked", "urged", "called", "would", "could", "may", "might");

    public static IEnumerable<Draft> Read(IReadOnlyList<Word> words, List<PlacedMention> placed, string? subject)
    {
        if (placed.Count == 0)
            return [];
        List<Draft>? drafts = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!Markers.Contains(words[i]) || Mediator(words, placed, i) is not { Count: > 0 } mediators)
                continue;
            if (Refused(words, i))
                continue;
            foreach (var party in Parties(words, placed, mediators, i, subject))
                foreach (var mediator in mediators)
                    (drafts ??= []).Add(new Draft(mediator.ActorId, party, Mediated, i, Math.Min(i, mediators[0].First), "mediation-frame"));
        }
        return drafts ?? [];
    }

    /// <summary>The mediators the marker at <paramref name="i"/> names, or null.</summary>
    private static List<PlacedMention>? Mediator(IReadOnlyList<Word> words, List<PlacedMention> placed, int i)
    {
        // "talks mediated by Qatar and Egypt"
        if (PassiveVerbs.Contains(words[i]) && i + 2 < words.Count && By.Contains(words[i + 1]))
            return ListAt(words, placed, SkipFillers(words, i + 2));
        // "the Qatari-brokered truce", "a U.S.-mediated deal"
        if (PassiveVerbs.Contains(words[i]) && i >= 2 && Hyphen.Contains(words[i - 1]) && EndingAt(placed, i - 2) is { } glued)
            return [glued];
        // "under Saudi mediation", "through Omani channels", "under Qatar's auspices"
        if ((Nouns.Contains(words[i]) || Channels.Contains(words[i])) && NameBefore(words, placed, i) is { } owner)
        {
            var opener = owner.First - 1;
            while (opener >= 0 && Fillers.Contains(words[opener]))
                opener--;
            if (opener >= 0 && (Nouns.Contains(words[i]) ? Under : Through).Contains(words[opener]))
                return [owner];
        }
        // "under the auspices of Qatar", "through the mediation of the Vatican"
        if (Nouns.Contains(words[i]) && i + 2 < words.Count && Of.Contains(words[i + 1]) && i >= 2 && Under.Contains(words[i - 2]))
        {
            var start = SkipFillers(words, i + 2);
            // "Under the auspices of Qatar, Israel and Hamas exchanged …": a fronted phrase ends at its comma.
            return i == 2 ? FirstAt(placed, start) : ListAt(words, placed, start);
        }
        // "with Turkey as co-mediator", "with Kuwait as the go-between"
        if (Roles.Contains(words[i]))
        {
            var a = i - 1;
            while (a >= 0 && Fillers.Contains(words[a]))
                a--;
            if (a >= 2 && As.Contains(words[a]) && EndingAt(placed, a - 1) is { } named && named.First >= 1 && words[named.First - 1].Lower == "with")
                return [named];
            // "Kuwait is stepping in as a mediator between Saudi Arabia and Qatar", "Oman is a mediator between …"
            if (a >= 1 && (As.Contains(words[a]) || RoleCopulas.Contains(words[a])) && i + 1 < words.Count && Between.Contains(words[i + 1]) && DoerBefore(words, placed, a) is { } doer)
                return [doer];
        }
        return null;
    }

    private static readonly WordSet RoleCopulas = new("is", "was", "remains", "became", "becomes");

    // The words a role's doer may stand before: "is stepping in as", "has long acted as", "emerged as".
    private static readonly WordSet RoleVerbs = new(
        "is", "was", "has", "had", "long", "now", "also", "stepping", "stepped", "steps", "in", "acting", "acted", "acts", "serving", "served",
        "serves", "emerged", "emerging", "positioned", "itself", "offered", "to", "act", "serve", "step");

    /// <summary>The name a few verb words before <paramref name="at"/>, the one a role is said of.</summary>
    private static PlacedMention? DoerBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int at)
    {
        var i = at - 1;
        while (i >= 0 && at - i <= 5 && EndingAt(placed, i) is null && RoleVerbs.Contains(words[i]))
            i--;
        return i >= 0 ? EndingAt(placed, i) : null;
    }

    /// <summary>
    /// "between Israel and Hamas" wherever it stands in the marker's clause; else the clause's other names; else the subject.
    /// The clause ends at a semicolon or a full stop: "…; Hezbollah is not a signatory" names no party.
    /// </summary>
    private static IEnumerable<string> Parties(IReadOnlyList<Word> words, List<PlacedMention> placed, List<PlacedMention> mediators, int marker, string? subject)
    {
        var (from, to) = Clause(words, marker);
        var named = new List<string>();
        for (var i = from; i < to; i++)
        {
            if (!Between.Contains(words[i]))
                continue;
            // "between the governments of Israel and Lebanon"
            var first = placed.FindIndex(p => p.First > i && p.First - i <= 4 && p.First < to && !Crosses(words, i, p.First));
            if (first < 0)
                continue;
            foreach (var p in Placement.ListAround(words, placed, first).OpeningFrom(i + 1))
            {
                if (p.Last < to)
                    Add(named, p.ActorId, mediators);
            }
            if (named.Count > 0)
                return named;
        }
        for (var k = 0; k < placed.Count; k++)
        {
            var p = placed[k];
            if (p.First >= from && p.Last < to && !Placement.IsPlace(words, p) && !Placement.RestatesAPlace(words, placed, k) && !Placement.Qualifies(words, p))
                Add(named, p.ActorId, mediators);
        }
        // Many names are a list of some other kind ("Egypt, Jordan, Qatar and Turkey welcomed the deal brokered by …").
        if (named.Count > 3)
            return [];
        if (named.Count == 0 && subject is not null && !mediators.Exists(m => m.ActorId == subject))
            named.Add(subject);
        return named;
    }

    private static (int From, int To) Clause(IReadOnlyList<Word> words, int marker)
    {
        var from = marker;
        while (from > 0 && !Ends.Contains(words[from - 1]))
            from--;
        var to = marker;
        while (to < words.Count && !Ends.Contains(words[to]))
            to++;
        return (from, to);
    }

    private static bool Crosses(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (words[i].Lower == ",")
                return true;
        }
        return false;
    }

    private static void Add(List<string> named, string actor, List<PlacedMention> mediators)
    {
        if (!named.Contains(actor) && !mediators.Exists(m => m.ActorId == actor))
            named.Add(actor);
    }

    private static int SkipFillers(IReadOnlyList<Word> words, int i)
    {
        while (i < words.Count && Fillers.Contains(words[i]))
            i++;
        return i;
    }

    private static List<PlacedMention>? ListAt(IReadOnlyList<Word> words, List<PlacedMention> placed, int i)
    {
        var k = placed.FindIndex(p => p.First == i);
        return k < 0 ? null : Placement.ListAround(words, placed, k).OpeningFrom(i);
    }

    private static List<PlacedMention>? FirstAt(List<PlacedMention> placed, int i) => placed.Find(p => p.First == i) is { } first ? [first] : null;

    private static PlacedMention? EndingAt(List<PlacedMention> placed, int last) => placed.Find(p => p.Last == last);

    /// <summary>The name right before the noun, past a possessive: "Saudi mediation", "Qatar's auspices".</summary>
    private static PlacedMention? NameBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int noun)
    {
        var last = noun - 1;
        if (last >= 0 && words[last].Lower is "'s" or "’s" or "'")
            last--;
        return last < 0 ? null : EndingAt(placed, last);
    }

    private static bool Refused(IReadOnlyList<Word> words, int marker)
    {
        for (var i = Math.Max(0, marker - 6); i < marker; i++)
        {
            if (Refusals.Contains(words[i]))
                return true;
        }
        return false;
    }
}
