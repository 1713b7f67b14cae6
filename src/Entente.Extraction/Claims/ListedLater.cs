namespace Entente.Extraction.Claims;

/// <summary>
/// Counterparts named in the sentence after the tie: "Nicaragua has formed close relationships with countries that hold
/// differing views. These include China, Russia, Iran …". A sentence that names the subject and ties it, by a cue, to
/// a plural no one names is remembered; a next sentence that opens on "These include" or "Among them are" names them.
/// </summary>
internal sealed class ListedLater(CueLexicon lexicon, ClaimBuilder builder)
{
    // What a tie may be made with before the next sentence names who: "relationships with countries that …".
    private static readonly WordSet UnnamedPlurals = new(
        "countries", "states", "nations", "powers", "governments", "partners", "allies", "friends", "groups", "militias", "capitals",
        "players", "actors", "enemies", "adversaries", "rivals", "foes", "backers", "patrons", "proxies");

    private static readonly WordSet Pointers = new("these", "they", "those");
    private static readonly WordSet Including = new("include", "includes", "included", "are", "were", "comprise", "comprised");
    private static readonly WordSet Kinds = new("countries", "states", "nations", "partners", "allies", "groups", "powers", "governments");

    private Cue? _pending;
    private int _pendingStart;

    /// <summary>The tie the unit before left open, with where that unit starts; then remembers this unit's, if any.</summary>
    public (Cue? Cue, int Start) TakeAndRemember(IReadOnlyList<Word> words, List<PlacedMention> placed, string? subject, int unitStart)
    {
        var open = (_pending, _pendingStart);
        _pending = subject is null || !Placement.Names(placed, subject) ? null : OpenTie(words, placed);
        _pendingStart = unitStart;
        return open;
    }

    /// <summary>The claims that "These include A, B and C" makes when the unit before left a tie open.</summary>
    public void Read((Cue? Cue, int Start) open, string subject, IReadOnlyList<Word> words, List<PlacedMention> placed, UnitFacts facts, List<ExtractedClaim> claims)
    {
        if (open.Cue is not { } cue || ListVerb(words) is not (var verb and >= 0))
            return;
        // The list starts at once ("These include China", "They are the UAE …"); "They are wary of Washington" names no member.
        var start = verb + 1 < words.Count && words[verb + 1].Lower == "the" ? verb + 2 : verb + 1;
        var first = Placement.IndexOpeningAt(placed, start);
        if (first < 0)
            return;
        foreach (var named in Placement.ListAround(words, placed, first).OpeningFrom(verb + 1))
        {
            if (named.ActorId == subject)
                continue;
            var (source, target) = cue.Reversed ? (named.ActorId, subject) : (subject, named.ActorId);
            var claim = builder.Build(new Draft(source, target, cue, verb, 0, "listed-later"), facts);
            // The quote reaches back over the sentence that made the tie: alone, "These include China" says nothing.
            claims.Add(claim with { QuoteStart = Math.Min(open.Start, claim.QuoteStart) });
        }
    }

    /// <summary>Where "include" or "are" stands in "These include", "They are", "These countries include", "Among them are"; else -1.</summary>
    private static int ListVerb(IReadOnlyList<Word> words)
    {
        if (words.Count < 3)
            return -1;
        if (words[0].Lower == "among" && words[1].Lower is "them" or "these" or "those" && words[2].Lower is "are" or "were")
            return 2;
        if (!Pointers.Contains(words[0]))
            return -1;
        var at = Kinds.Contains(words[1]) ? 2 : 1;
        return at < words.Count && Including.Contains(words[at]) ? at : -1;
    }

    /// <summary>A cue whose counterpart is a plural the unit does not name: "formed close relationships with countries that …".</summary>
    private Cue? OpenTie(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        // The last such cue, nearest the plural: in "has formed close relationships with countries" it is the relationship, not "formed".
        Cue? open = null;
        foreach (var (index, length, cue) in lexicon.CuesIn(words))
        {
            if (cue.Form == CueForm.Paired || cue.Relation == RelationType.MemberOf || UnassertedCues.Unasserted(words, index, length))
                continue;
            var after = index + length;
            // "relationships with countries", "close ties to several states", or the plural cue itself ("has few allies").
            var plural = UnnamedPlurals.Contains(words[index + length - 1]) ? index + length - 1 : -1;
            for (var i = after; plural < 0 && i < words.Count && i - after <= 3; i++)
            {
                if (UnnamedPlurals.Contains(words[i]))
                    plural = i;
                else if (words[i].IsCapitalized || words[i].Lower is "," or ";" or ".")
                    break;
            }
            if (plural >= 0 && !placed.Exists(p => p.First > plural))
                open = cue;
        }
        return open;
    }
}
