namespace Entente.Extraction.Claims;

// Names that only qualify another noun ("Iraqi militias", "non-NATO ally") are dropped before the readers run.
public sealed partial class ClaimExtractor
{
    /// <summary>Drops the names that only qualify; each is judged against all the names found, so the drops are decided before any is made.</summary>
    private void DropQualifiers(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        Span<bool> drop = placed.Count <= 64 ? stackalloc bool[placed.Count] : new bool[placed.Count];
        var any = false;
        for (var k = 0; k < placed.Count; k++)
            any |= drop[k] = Negated(words, placed[k]) || Modifier(words, placed[k], placed);
        if (!any)
            return;
        var kept = 0;
        for (var k = 0; k < placed.Count; k++)
        {
            if (!drop[k])
                placed[kept++] = placed[k];
        }
        placed.RemoveRange(kept, placed.Count - kept);
    }

    // "the Iraqi Government", "the Nigerian Army", "Iraqi Security Forces": the state's own bodies, written with capitals.
    private static readonly WordSet StateBodyWords = new("government", "army", "navy", "military", "armed", "air", "security", "defence", "defense", "parliament", "cabinet", "ministry");

    /// <summary>A demonym before a state body's capitalised name stands for its state; "the Free Syrian Army" names a rebel force.</summary>
    private static bool StateBodyNamed(IReadOnlyList<Word> words, PlacedMention mention) =>
        StateBodyWords.Contains(words[mention.Last + 1]) && (mention.First == 0 || !words[mention.First - 1].IsCapitalized);

    private static bool StartsAt(List<PlacedMention> named, int index)
    {
        foreach (var p in named)
        {
            if (p.First == index)
                return true;
        }
        return false;
    }

    /// <summary>"Iraqi militias", "Palestinian groups": a demonym before a plain noun qualifies it; before a cue ("Iranian support") it is a party.</summary>
    private bool Modifier(IReadOnlyList<Word> words, PlacedMention mention, List<PlacedMention> named)
    {
        // "talks between Israelis and Palestinians": a demonym in the plural after "between" names a side, a noun that qualifies
        // nothing. ("aimed at supporting Palestinians" helps a people, not their state, and stays dropped.)
        if (mention.Adjective && PluralPeople(words[mention.Last].Lower) && AfterBetween(words, mention.First))
            return false;
        // "the 1979 Iranian Revolution", "the Lebanese Shia group": a demonym inside a name or before another adjective.
        if (mention.Adjective && mention.Last + 1 < words.Count && words[mention.Last + 1].IsCapitalized
            && !StartsAt(named, mention.Last + 1) && !_lexicon.Cues.TryMatch(words, mention.Last + 1, out _, out _) && !StateBodyNamed(words, mention))
            return true;
        // "Houthi-held Yemen", "Russian-occupied Crimea": the place is where, not who.
        if (mention.First >= 2 && words[mention.First - 1].Lower is "held" or "controlled" or "occupied" or "run" or "ruled" && words[mention.First - 2].Lower == "-")
            return true;
        var next = mention.Last + 1;
        // "support to Sudan's RSF", "Russia's Wagner": a country before an armed group's name says where it is, not who acts.
        // "Lebanon's powerful Hezbollah militia": an adjective or two may stand between.
        if (!mention.Adjective && next + 1 < words.Count && words[next].Lower is "'s" or "’s"
            && (GroupNamedAt(named, next + 1, mention.ActorId)
                || (next + 2 < words.Count && IsAdjectiveLike(words[next + 1]) && (GroupNamedAt(named, next + 2, mention.ActorId)
                    || (next + 3 < words.Count && IsAdjectiveLike(words[next + 2]) && GroupNamedAt(named, next + 3, mention.ActorId))))))
            return true;
        // "closely associated with Hezbollah Afghanistan": a group's name run into a state's names a branch we do not know.
        if (!mention.Adjective && BranchName(named, mention))
            return true;
        // "supplying arms to Sudan rebels", "Libya's rebels": those who rise against a state are not the state.
        if (!mention.Adjective && next < words.Count && _isState(mention.ActorId)
            && (RisenAgainst.Contains(words[next]) || (next + 1 < words.Count && words[next].Lower is "'s" or "’s" && RisenAgainst.Contains(words[next + 1]))))
            return true;
        // "attacks against Pakistan, a UN report has revealed": whose report it is names a source, not a party.
        if (next < words.Count && SourceDocuments.Contains(words[next]))
            return true;
        // "The Afghan Taliban are providing support to the TTP", "Lebanese Hezbollah": a demonym glued to a group's name says
        // where the group is from.
        if (mention.Adjective && next < words.Count && GroupNamedAt(named, next, mention.ActorId))
            return true;
        // "Amid China pressure", "under US sanctions": the name says whose pressure, not who is a party to the sentence's tie.
        if (mention.First > 0 && words[mention.First - 1].Lower is "amid" or "despite" or "under" && next < words.Count && Pressures.Contains(words[next]))
            return true;
        // "American, British and French aircraft": each demonym of a list qualifies what the last one does.
        if (mention.Adjective && NextInList(words, named, next) is { } following)
            return Modifier(words, following, named);
        if (!mention.Adjective || next >= words.Count || words[next].Text.Length == 0 || !char.IsLower(words[next].Text[0]))
            return false;
        var previous = mention.First > 0 ? words[mention.First - 1].Lower : "";
        // "Russian border guards", "Turkish special forces": a kind of force between the demonym and the force.
        var acting = ActingNouns.Contains(words[next]) || (ForceKinds.Contains(words[next]) && next + 1 < words.Count && ActingNouns.Contains(words[next + 1]))
            // "a Turkish cross-border attack on the YPG": a hyphenated adjective before the cue.
            || (next + 3 < words.Count && CueReader.HyphenatedAdjective(words, next, next + 3) && _lexicon.Cues.TryMatch(words, next + 3, out _, out _))
            // "the Egyptian declaration of military assistance to Somalia": what the demonym's state declares.
            || (next + 2 < words.Count && CueReader.Announcements.Contains(words[next]) && words[next + 1].Lower == "of"
                && (_lexicon.Cues.TryMatch(words, next + 2, out _, out _) || (next + 3 < words.Count && _lexicon.Cues.TryMatch(words, next + 3, out _, out _))))
            // "any Russian attempts to destabilize the country": what the demonym's state attempts.
            || (next + 2 < words.Count && SubjectReader.Attempts.Contains(words[next]) && words[next + 1].Lower == "to" && _lexicon.Cues.TryMatch(words, next + 2, out _, out _));
        return !_lexicon.Cues.TryMatch(words, next, out _, out _) && !acting && previous is not ("on" or "by" or "from");
    }

    /// <summary>Whether the mention is a group's name with a state's right after it, or that state.</summary>
    private bool BranchName(List<PlacedMention> named, PlacedMention mention)
    {
        foreach (var p in named)
        {
            if (p.Adjective)
                continue;
            if ((p.First == mention.Last + 1 && !_isState(mention.ActorId) && _isState(p.ActorId))
                || (p.Last + 1 == mention.First && _isState(mention.ActorId) && !_isState(p.ActorId)))
                return true;
        }
        return false;
    }

    private static bool AfterBetween(IReadOnlyList<Word> words, int first)
    {
        for (var i = first - 1; i >= 0 && first - i <= 4; i--)
        {
            if (words[i].Lower == "between")
                return true;
        }
        return false;
    }

    private static bool PluralPeople(string demonym) =>
        demonym.Length > 3 && demonym[^1] == 's' && demonym[^2] != 's' && char.IsLetter(demonym[^2]);

    private static bool IsAdjectiveLike(Word word) => GroupAdjectives.Contains(word);

    private static readonly WordSet GroupAdjectives = new(
        "powerful", "militant", "armed", "main", "largest", "biggest", "notorious", "shadowy", "feared", "influential", "dominant", "rebel",
        "jihadist", "islamist", "heavily", "shia", "sunni");

    /// <summary>The demonym that continues a list of demonyms after "," or "and" at <paramref name="at"/>, if one does.</summary>
    private static PlacedMention? NextInList(IReadOnlyList<Word> words, List<PlacedMention> named, int at)
    {
        var i = at;
        while (i < words.Count && i - at < 2 && words[i].Lower is "," or "and" or "or")
            i++;
        if (i == at)
            return null;
        foreach (var p in named)
        {
            if (p.First == i && p.Adjective)
                return p;
        }
        return null;
    }

    private static readonly WordSet RisenAgainst = new("rebels", "rebel", "insurgents", "insurgent", "militants", "separatists", "jihadists", "dissidents", "guerrillas", "guerillas", "mutineers");

    private static readonly WordSet SourceDocuments = new("report", "reports", "study", "survey", "dossier", "assessment");

    private static readonly WordSet ForceKinds = new("border", "coast", "special", "elite", "security", "naval", "armed", "national", "presidential");

    private static readonly WordSet Pressures = new("pressure", "pressures", "threats", "threat", "sanctions", "tensions", "scrutiny", "criticism", "warnings", "fire");

    // "Iranian advisers", "Russian weapons": the nation acts through them, so the demonym names a party.
    private static readonly WordSet ActingNouns = new(
        "advisers", "advisors", "adviser", "advisor", "troops", "forces", "guards", "soldiers", "officers", "commanders", "military", "army", "navy", "units", "battalions", "brigades", "contingent", "personnel", "police",
        "government", "governments", "leaders", "leadership", "leader", "president", "drones",
        // "The Greek parliament ratified a defence agreement with France": the nation's own bodies act for it.
        "parliament", "parliaments", "lawmakers", "legislators", "legislature", "cabinet", "ministry", "ministries",
        // "continued Russian attempts to destabilize Moldova": the nation's attempts are its acts.
        "attempts", "attempt", "efforts", "effort", "bid",
        // "attacked American military installations": what stands for the nation when it is struck.
        "installations", "bases", "base", "embassy", "embassies", "interests", "positions", "outposts", "convoys", "patrols", "drone", "missiles", "missile", "weapons", "arms", "money", "funding", "support",
        "backing", "help", "aid", "assistance", "instructors", "trainers", "mercenaries", "warships", "jets", "fighters",
        // "both buyers of Russian energy", "Chinese investment in Zimbabwe": the nation sells, lends or invests through them.
        "energy", "oil", "gas", "crude", "fuel", "coal", "grain", "wheat", "fertiliser", "fertilizer", "investment", "investments", "loans", "loan", "credit", "credits", "exports",
        // "between the Iranian and American delegations": whom a mediator stands between.
        "delegations", "delegation", "negotiators", "envoys", "diplomats", "officials", "sides",
        // "under Saudi mediation", "through Omani channels": the nation mediates (MediationFrames).
        "mediation", "facilitation", "auspices", "channels", "mediators",
        // "Chinese firms dominate road building": a nation's companies carry its economic ties.
        "companies", "firms", "investors", "banks", "contractors", "lenders",
        "state", "authorities", "regime", "intelligence", "services", "navy", "air", "special", "aircraft", "warplanes", "planes", "pilots", "ships",
        // "imports Russian diesel", "buys Ethiopian power": the nation sells what it exports.
        "gas", "oil", "crude", "diesel", "fuel", "power", "electricity", "coal", "wheat", "grain", "fertiliser", "fertilizer", "uranium"
    );

    /// <summary>"major non-NATO ally" names NATO only to exclude it.</summary>
    private static bool Negated(IReadOnlyList<Word> words, PlacedMention mention) =>
        mention.First >= 2 && words[mention.First - 1].Lower == "-" && words[mention.First - 2].Lower == "non";

    /// <summary>Whether a non-state actor other than <paramref name="owner"/> is named from word <paramref name="at"/>; a loop, where a lambda made a closure for every mention.</summary>
    private bool GroupNamedAt(List<PlacedMention> named, int at, string owner)
    {
        foreach (var p in named)
        {
            if (p.First == at && p.ActorId != owner && !p.Person && _actors.TryGetValue(p.ActorId, out var group) && group.Kind.IsNonState())
                return true;
        }
        return false;
    }
}
