namespace Entente.Extraction.Claims;

/// <summary>
/// "Kenyan troops have been deployed inside Somalia since 2011, where they now fight alongside the Somali
/// army", "Ugandan special forces arrived in the capital at Juba's invitation": one state's forces present in
/// another with its consent tie the two. Forces abroad are as often invaders, so the sentence must say the
/// presence is welcome (an invitation, a request, an agreement, a mission, fighting alongside, guarding the
/// government, training) and must hold no word of invasion, attack or occupation; a presence that ended or was sent away ties no one here.
/// </summary>
internal static class TroopPresence
{
    private static readonly Cue Presence = new(["troops in"], CueForm.Active, RelationType.StrategicPartner, [Area.AdvisorsTroops]);

    internal static readonly string[] ForceNounWords =
    [
        "troops", "forces", "soldiers", "personnel", "instructors", "trainers", "advisers", "advisors", "contingent", "contingents",
        "peacekeepers", "marines", "battalion", "battalions", "brigade", "units", "officers", "paratroopers", "commandos", "guards",
    ];

    private static readonly WordSet ForceNouns = new(ForceNounWords);

    // "Ugandan special forces", "Kenyan police officers", "Russian military instructors".
    private static readonly WordSet ForceModifiers = new("special", "military", "armed", "elite", "naval", "air", "ground", "combat", "police", "army", "navy", "border", "coast");

    private static readonly WordSet PresenceVerbs = new(
        "remain", "remains", "remained", "stay", "stayed", "stays", "stationed", "based", "deployed", "arrived", "arrive", "are", "were", "is",
        "serve", "serves", "served", "serving", "guard", "guards", "guarded", "protect", "protects", "protected", "operate", "operates", "operated",
        "operating", "present", "been", "have", "has", "had", "also", "still", "now", "already", "help", "helped", "helps", "the", "government", "president");

    private static readonly WordSet Keeping = new("keeps", "kept", "keep", "maintains", "maintained", "stations", "has", "have", "had", "bases");

    private static readonly WordSet InPlace = new("in", "inside", "into", "to", "at", "across", "throughout");

    private static readonly WordSet PlaceFillers = new("the", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "neighbouring", "neighboring");

    // Words that say the host wants them there, wherever they stand in the sentence.
    private static readonly WordSet Consent = new(
        "invitation", "invited", "request", "requested", "consent", "mission", "missions", "coalition", "peacekeeping", "peacekeepers",
        "rotating", "rotation", "hosts", "hosted", "welcomed");

    // Forces whose work is done with the host: "Russian military instructors arrived in Niamey".
    private static readonly WordSet TeachingForces = new("instructors", "trainers", "advisers", "advisors");

    // "alongside the Somali army", "protect the government": the next words name the host's side.
    private static readonly WordSet WithTheHost = new(
        "alongside", "protect", "protects", "protecting", "guard", "guards", "guarding", "train", "trains", "training", "support");
    private static readonly WordSet HostSide = new("government", "army", "president", "authorities", "military", "forces", "troops", "capital");

    private static readonly WordSet Agreements = new("agreement", "agreements", "treaty", "accord", "pact", "arrangement", "arrangements", "deal");
    private static readonly WordSet BilateralKinds = new("defence", "defense", "security", "military", "bilateral", "basing", "status-of-forces", "cooperation");

    // Words that say the presence is hostile, or is over.
    private static readonly WordSet Against = new(
        "invaded", "invasion", "invading", "occupied", "occupation", "occupying", "incursion", "incursions", "annexed", "annexation", "seized",
        "captured", "clashed", "clashes", "aggression", "raid", "raided", "violated", "withdrew", "withdrawn", "withdrawal", "withdrawing", "withdraw",
        "left", "leave", "leaving", "pulled", "pulling", "ordered", "expelled", "ended", "departure", "evicted", "without", "illegal", "illegally",
        "attacked", "shelled", "bombed", "struck", "despite", "ceasefire", "truce", "separatist", "separatists", "rebel-held");

    public static IEnumerable<Draft> Read(IReadOnlyList<Word> words, List<PlacedMention> placed, string? subject)
    {
        if (placed.Count == 0)
            return [];
        List<Draft>? drafts = null;
        // Most units name no force: the whole sentence is searched for hostile words only once one is found.
        bool? welcome = null;
        for (var i = 1; i < words.Count; i++)
        {
            if (!ForceNouns.Contains(words[i]) || Whose(words, placed, i) is not { } doer || Host(words, placed, i, subject) is not { } host || host == doer.ActorId)
                continue;
            if ((welcome ??= Welcome(words)) && Consented(words, placed, i, host))
                (drafts ??= []).Add(new Draft(doer.ActorId, host, Presence, i, doer.First, "presence"));
        }
        return drafts ?? [];
    }

    private static bool Welcome(IReadOnlyList<Word> words)
    {
        foreach (var word in words)
        {
            if (Against.Contains(word))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Whether the sentence says the host wants the force: an invitation, a mission or coalition, trainers,
    /// fighting "alongside" or guarding the host's side, or a defence agreement that is not with a third state.
    /// </summary>
    private static bool Consented(IReadOnlyList<Word> words, List<PlacedMention> placed, int force, string host)
    {
        if (TeachingForces.Contains(words[force]))
            return true;
        for (var i = 0; i < words.Count; i++)
        {
            if (Consent.Contains(words[i]))
                return true;
            if (WithTheHost.Contains(words[i]) && SidesWith(words, placed, i + 1, host))
                return true;
            if (Agreements.Contains(words[i]) && OwnAgreement(words, placed, i, host))
                return true;
        }
        return false;
    }

    /// <summary>"alongside the Somali army", "protect the government": the host or its side within the next three words.</summary>
    private static bool SidesWith(IReadOnlyList<Word> words, List<PlacedMention> placed, int from, string host)
    {
        for (var i = from; i < Math.Min(words.Count, from + 3); i++)
        {
            if (HostSide.Contains(words[i]))
                return true;
            foreach (var p in placed)
            {
                if (p.First == i)
                    return p.ActorId == host;
            }
        }
        return false;
    }

    /// <summary>"under a 2011 defence treaty", "an agreement with Kinshasa": the host's own; "a 2019 deal with Moscow" is not, nor "the Minsk agreement".</summary>
    private static bool OwnAgreement(IReadOnlyList<Word> words, List<PlacedMention> placed, int agreement, string host)
    {
        if (agreement + 1 < words.Count && words[agreement + 1].Lower == "with")
            return placed.Exists(p => p.First == agreement + 2 || (p.First == agreement + 3 && words[agreement + 2].Lower == "the")) && placed.Find(p => p.First > agreement)!.ActorId == host;
        return agreement > 0 && BilateralKinds.Contains(words[agreement - 1]);
    }

    /// <summary>"Kenyan troops", "U.S. special forces", or "the United States, which keeps about 10,000 troops in Poland".</summary>
    private static PlacedMention? Whose(IReadOnlyList<Word> words, List<PlacedMention> placed, int force)
    {
        var at = force - 1;
        while (at >= 0 && force - at <= 2 && ForceModifiers.Contains(words[at]))
            at--;
        foreach (var p in placed)
        {
            if (p.Last == at && !Placement.IsPlace(words, p))
                return p;
        }
        // "keeps about 10,000 troops": a keeping verb, then at most a number and "about", right before the force.
        var verb = force - 1;
        while (verb >= 0 && force - verb <= 3 && !Keeping.Contains(words[verb]))
            verb--;
        if (verb < 1 || !Keeping.Contains(words[verb]))
            return null;
        var doer = CueReader.Before(words, placed, verb, 3);
        return doer < 0 ? null : placed[doer];
    }

    /// <summary>The state the force is in: named after "in" (a capital standing for its state), or "the capital", which is the subject's.</summary>
    private static string? Host(IReadOnlyList<Word> words, List<PlacedMention> placed, int force, string? subject)
    {
        for (var i = force + 1; i < Math.Min(words.Count, force + 7); i++)
        {
            if (words[i].Lower is "," or ";" or "." or "but" or "while" or "and")
                return null;
            if (InPlace.Contains(words[i]))
                return At(words, placed, i + 1, subject);
            if (!PresenceVerbs.Contains(words[i]) && !char.IsAsciiDigit(words[i].Lower[0]))
                return null;
        }
        return null;
    }

    private static string? At(IReadOnlyList<Word> words, List<PlacedMention> placed, int from, string? subject)
    {
        for (var i = from; i < Math.Min(words.Count, from + 3); i++)
        {
            foreach (var p in placed)
            {
                if (p.First == i)
                    return p.Adjective ? null : p.ActorId;
            }
            if (words[i].Lower == "capital" && i > from && words[i - 1].Lower == "the")
                return subject;
            if (!PlaceFillers.Contains(words[i]))
                return null;
        }
        return null;
    }
}
