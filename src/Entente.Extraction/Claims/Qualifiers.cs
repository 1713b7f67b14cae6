namespace Entente.Extraction.Claims;

/// <summary>Negation, hedging and "former" around a cue.</summary>
internal sealed class Qualifiers(CueLexicon lexicon)
{
    /// <summary>A negation between the first party and the cue, or just before the cue: "Oman is not an ally of Iran".</summary>
    /// <remarks>
    /// <paramref name="inAClause"/> is false for a cue inside a name ("the Kremlin-linked group Wagner"): a denial of the
    /// clause around it does not deny what the name says.
    /// <paramref name="firstParty"/> is where the claim's first named party stands, or -1 when the claim's subject is implicit:
    /// a party named after a turn away ("steer away from the Washington-led campaign") is not the one turning away.
    /// </remarks>
    public bool Negated(IReadOnlyList<Word> words, int leftEdge, int cueIndex, int firstParty = -1, bool inAClause = true)
    {
        var from = Math.Max(0, Math.Min(leftEdge, cueIndex - 4));
        for (var i = from; i < cueIndex; i++)
        {
            if ((words[i].Lower.EndsWith("n't", StringComparison.Ordinal) || lexicon.Negation.TryMatch(words, i, out _, out _)) && !Intensifies(words, i) && !Reporting(words, i)
                && !ClosedBeforeTheCue(words, i, cueIndex))
                return true;
        }
        return TurnsAwayFrom(words, cueIndex, firstParty) || (inAClause && DeniedClause(words, Math.Min(leftEdge, cueIndex)));
    }

    private static readonly WordSet Denying = new("denied", "denies", "deny", "denying", "dismissed", "dismisses", "dismissing", "rejected", "rejects", "rejecting", "refuted", "refutes");
    private static readonly WordSet Hearsay = new("speculation", "claims", "reports", "suggestions", "allegations", "accusations", "rumours", "rumors", "charges");

    /// <summary>
    /// "Traoré dismissed speculation that Wagner forces had been fighting alongside the army", "denied that Wagner were
    /// engaged": a clause whose truth someone denies is denied, though the denial stands before its parties.
    /// </summary>
    private static bool DeniedClause(IReadOnlyList<Word> words, int from)
    {
        for (var i = from - 1; i >= 1 && i >= from - 20; i--)
        {
            if (words[i].Lower is "." or ";" or ":")
                return false;
            if (words[i].Lower != "that")
                continue;
            var verb = Hearsay.Contains(words[i - 1]) ? i - 2 : i - 1;
            return verb >= 0 && Denying.Contains(words[verb]);
        }
        return false;
    }

    /// <summary>
    /// "Colombia has pledged to steer away from the Washington-led pressure campaign against Maduro": what one turns away
    /// from is denied however long the noun phrase, up to the clause's end.
    /// </summary>
    private static bool TurnsAwayFrom(IReadOnlyList<Word> words, int cueIndex, int firstParty)
    {
        for (var i = cueIndex - 1; i >= 2 && i >= cueIndex - 10; i--)
        {
            if (ClauseEnds.Contains(words[i]))
                return false;
            if (words[i].Lower == "from" && AwayOrItself.Contains(words[i - 1]) && TurningVerbs.Contains(words[i - 2]))
                return firstParty < i - 2;
        }
        return false;
    }

    /// <summary>
    /// "Grenada withdrew recognition of Taiwan in 2004 and subsequently established relations with China": a negation whose
    /// object is named before "and" and a next verb does not reach that verb.
    /// </summary>
    private static bool ClosedBeforeTheCue(IReadOnlyList<Word> words, int negation, int cueIndex)
    {
        var named = false;
        for (var j = negation + 1; j < cueIndex; j++)
        {
            named |= words[j].IsCapitalized;
            if (!named || words[j].Lower != "and")
                continue;
            var next = j + 1;
            while (next < cueIndex && CueReader.Sequels.Contains(words[next]))
                next++;
            if (next <= cueIndex && next < words.Count && !words[next].IsCapitalized && (words[next].Lower.EndsWith("ed", StringComparison.Ordinal) || words[next].Lower is "has" or "have" or "had"))
                return true;
        }
        return false;
    }

    private static readonly WordSet ClauseEnds = new(",", ";", ":", ".", "but", "while", "whereas");
    private static readonly WordSet AwayOrItself = new("away", "itself", "themselves", "himself", "herself");
    private static readonly WordSet TurningVerbs = new(
        "steer", "steers", "steered", "steering", "turn", "turns", "turned", "turning", "distance", "distances", "distanced", "distancing",
        "move", "moves", "moved", "moving", "pivot", "pivots", "pivoted", "pivoting", "shift", "shifts", "shifted", "shifting");

    private static readonly WordSet ReportingVerbs = new("acknowledge", "acknowledges", "admit", "admits", "confirm", "confirms", "disclose", "discloses", "comment", "publicise", "publicize", "advertise");

    /// <summary>"Iran does not acknowledge that it arms the Houthis": what is not admitted is still said to happen.</summary>
    private static bool Reporting(IReadOnlyList<Word> words, int i) =>
        i + 1 < words.Count && ReportingVerbs.Contains(words[i + 1]) || i + 2 < words.Count && words[i + 1].Lower == "publicly" && ReportingVerbs.Contains(words[i + 2]);

    /// <summary>"a 'no limits' partnership", "support without strings": the negation says how much, not that there is none.</summary>
    private static bool Intensifies(IReadOnlyList<Word> words, int i)
    {
        var next = i + 1 < words.Count && words[i + 1].Lower == "-" ? i + 2 : i + 1;
        return words[i].Lower is "no" or "without" && next < words.Count && words[next].Lower is "limits" or "limit" or "strings" or "conditions" or "doubt";
    }

    public bool Hedged(IReadOnlyList<Word> words) => lexicon.Hedging.Any(words) || Words.LeftOutAHedge(words);

    public bool Former(IReadOnlyList<Word> words) => lexicon.FormerWords.Any(words);

    /// <summary>The areas the words name, each once, in the order first named.</summary>
    public IReadOnlyList<Area> AreasIn(IReadOnlyList<Word> words)
    {
        var areas = new List<Area>();
        foreach (var (_, _, area) in lexicon.AreaWords.FindAll(words))
        {
            if (!areas.Contains(area))
                areas.Add(area);
        }
        return areas;
    }
}
