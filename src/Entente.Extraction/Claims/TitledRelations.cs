using System.Text.RegularExpressions;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Claims;

/// <summary>What a title's grammar says about whose relations a document describes (DocumentSubject).</summary>
internal static partial class TitledRelations
{
    // "Kazakhstan's Foreign Policy", "Argentina's new foreign policy", "Iran's allies", "Hamas's network of supporters",
    // "Sweden's NATO membership".
    [GeneratedRegex(@"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:foreign\s+(?:policy|policies|relations|ties)|allies|partners|friends|alliances|partnerships|backers|supporters|sponsors|patrons|membership|accession|bid\s+to\s+join)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnedRelations();

    // "Foreign relations of Venezuela", "The allies of Iran".
    [GeneratedRegex(@"\b(?:foreign\s+(?:policy|relations)|allies|partners|friends|backers|supporters|sponsors|patrons)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationsOf();

    // "Palau's president vows to stand with Taiwan", "Cambodia's prime minister meets Xi", "Seychelles minister interview on ties
    // with India", "Top Bahraini official visits Israel": the title opens on a state's leader, minister or envoy; not on one who
    // only speaks ("US official: …", "US official says …"), whose words are the news.
    [GeneratedRegex(@"^(?:['’]s\s+(?:new\s+|former\s+|top\s+)?(?:president|prime\s+minister|pm|premier|leader|king|queen|foreign\s+minister|government|army|military)|\s+(?:foreign\s+|defence\s+|defense\s+|prime\s+)?(?:minister|officials?|delegation|envoy|diplomats?)(?!\s*:|\s+(?:says|said|warns|claims|tells|told)\b))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnLeader();

    // "Dominica's Skerrit pledges solidarity with Venezuela": a state's possessive, a person's name (one or two capitalised words)
    // and a verb in the present; written in case, as the name is told from the verb by its capital.
    [GeneratedRegex(@"^['’]s\s+\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?\s+\p{Ll}+s\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnPerson();

    // "Iraqi militia", "Nigeria's northern rebels", "Chilean separatist fighters": a people's adjective or a state's possessive, up to two
    // words, then a noun for an armed group (not "army" or "forces", which a state has of its own).
    [GeneratedRegex(@"^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:militias?|rebels|fighters|factions?|mercenaries|militants|separatists|jihadists|insurgents|guerrillas|paramilitaries|kurds)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupOfState();

    /// <summary>
    /// The state whose armed group the title describes without naming it ("Washington to blacklist Iraqi militia", "Who are the Chilean
    /// rebels?"), or null; null too where the title also names a group of that state.
    /// </summary>
    public static string? DescribedGroupsHome(string title, List<Mention> titled, Func<string, bool> isState, Func<string, bool> isNonState, Func<string, string?> homeOf)
    {
        for (var k = 0; k < titled.Count; k++)
        {
            var m = titled[k];
            if (!isState(m.ActorId) || m.Kind is not (NameKind.Demonym or NameKind.Name or NameKind.Alias or NameKind.Acronym)
                || GroupOfState().Match(title, m.End, title.Length - m.End) is not { Success: true } described
                || (m.Kind != NameKind.Demonym && !PossessiveBetween(title, m.End, m.End + 3) && !NounRightAfter(described.Value))
                || (k + 1 < titled.Count && titled[k + 1].Start < described.Index + described.Length))
                continue;
            return titled.Exists(n => isNonState(n.ActorId) && homeOf(n.ActorId) == m.ActorId) ? null : m.ActorId;
        }
        return null;
    }

    /// <summary>Whether the title's first name owns the person after it, no actor's name standing in the person's place.</summary>
    private static bool LeaderNamed(string title, List<Mention> titled) =>
        OwnPerson().Match(title, titled[0].End, title.Length - titled[0].End) is { Success: true } owned
        && (titled.Count == 1 || titled[1].Start >= owned.Index + owned.Length);

    /// <summary>"Myanmar rebels", "Congo rebels": a headline's country name stands as an adjective right before the noun.</summary>
    private static bool NounRightAfter(string described) => described.AsSpan().Trim().IndexOfAny(' ', '\'', '’') < 0;

    /// <summary>The actor whose foreign policy, relations, allies or partners the title names, or null.</summary>
    public static string? Owner(string title, List<Mention> titled)
    {
        // The title's first name, as the possessor of its leader or government, is the one who acts.
        if (titled.Count > 0 && title.AsSpan(0, titled[0].Start).Trim() is var lead
            && (lead.IsEmpty || lead.Equals("The", StringComparison.OrdinalIgnoreCase) || lead.Equals("Top", StringComparison.OrdinalIgnoreCase) || lead.Equals("Senior", StringComparison.OrdinalIgnoreCase))
            && (OwnLeader().IsMatch(title.AsSpan(titled[0].End)) || LeaderNamed(title, titled)))
            return titled[0].ActorId;
        for (var k = 0; k < titled.Count; k++)
        {
            var m = titled[k];
            if (OwnedRelations().IsMatch(title.AsSpan(m.End)) || RelationsOf().IsMatch(title.AsSpan(0, m.Start)))
                return k == 1 && title.AsSpan(0, titled[0].Start).IsWhiteSpace() && Joins().IsMatch(title.AsSpan(titled[0].End, m.Start - titled[0].End)) ? titled[0].ActorId : m.ActorId;
        }
        return null;
    }

    // "Jordan joins Israel's allies", "Kenya among America's partners": the one who joins the owner's allies is the news.
    [GeneratedRegex(@"^\s+(?:joins|joined|to\s+join|among|becomes\s+one\s+of|became\s+one\s+of|is\s+one\s+of)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joins();

    /// <summary>
    /// Whether the title names <paramref name="id"/> only by its people's adjective, ahead of another actor's name ("Argentine
    /// loans keep Uruguay's port afloat", "Qatari and Turkish money behind Hamas").
    /// </summary>
    public static bool OnlyAdjectiveAhead(List<Mention> titled, string id, Func<string, bool> isGreatPower)
    {
        var last = -1;
        for (var k = 0; k < titled.Count; k++)
        {
            if (titled[k].ActorId != id)
                continue;
            if (titled[k].Kind != NameKind.Demonym)
                return false;
            last = k;
        }
        if (last < 0)
            return false;
        // The first name after it, unless a great power's: that counts a third already ("Belarusian troops join Russia's drills").
        for (var k = last + 1; k < titled.Count; k++)
        {
            if (titled[k].ActorId != id && titled[k].Kind != NameKind.Demonym)
                return !isGreatPower(titled[k].ActorId);
        }
        return false;
    }

    /// <summary>
    /// The bloc named after two or more states listed together ("Peru, Chile and Colombia leave the Andean pact", "Kenya and
    /// Ghana among five asked to join the SCO", "the Russia-Belarus Union State to take in more"), or null: states that come to
    /// a bloc or leave it together are news about the bloc.
    /// </summary>
    public static string? BlocAfterListedStates(string title, List<Mention> titled, Func<string, bool> isState, Func<string, bool> isBloc)
    {
        for (var k = 0; k + 1 < titled.Count; k++)
        {
            var (first, second) = (titled[k], titled[k + 1]);
            if (first.ActorId == second.ActorId || !isState(first.ActorId) || !isState(second.ActorId) || !ListJoint(title.AsSpan(first.End, second.Start - first.End)))
                continue;
            for (var j = k + 2; j < titled.Count; j++)
            {
                if (isBloc(titled[j].ActorId))
                    return titled[j].ActorId;
            }
            return null;
        }
        return null;
    }

    // A verb right after a name: "suspends", "Appoints", "to deploy".
    [GeneratedRegex(@"^\s+(?:to\s+[a-z]\w*|[A-Za-z]\w*s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VerbAfter();

    /// <summary>
    /// The bloc that opens the title, or the part of it after a colon, as the doer of its verb ("Caricom suspends Haiti",
    /// "Floods: SADC to send troops to Malawi"), or null.
    /// </summary>
    public static string? OpeningBloc(string title, List<Mention> titled, Func<string, bool> isBloc)
    {
        foreach (var m in titled)
        {
            var before = title.AsSpan(0, m.Start);
            var colon = before.LastIndexOf(": ");
            var clause = (colon < 0 ? before : before[(colon + 2)..]).Trim();
            if (!(clause.IsEmpty || clause.Equals("The", StringComparison.OrdinalIgnoreCase)))
                continue;
            // Past a label ("Floods: SADC to send …"), the name after the colon opens the clause too.
            if (isBloc(m.ActorId) && VerbAfter().IsMatch(title.AsSpan(m.End)))
                return m.ActorId;
        }
        return null;
    }

    /// <summary>
    /// The actor a title opens with as its label ("Somaliland: Taiwan's breakthrough in the Horn of Africa", "Togo: joining the Sahel
    /// alliance …"), or null; null too where what follows names a group, a mission or a government, which the label only places
    /// ("Mali: Russian contractors lose ground to JNIM", "Libya: Dbeibeh seeks …"). A great power's label before a smaller
    /// actor ("Russia: signing of a defense agreement with São Tomé and Príncipe") is the news desk's heading, and the piece is
    /// weighed as any other naming a great power and a smaller one.
    /// </summary>
    public static string? Label(string title, List<Mention> titled, Func<string, bool> isState, Func<string, bool> isBloc, Func<string, bool> isGreatPower)
    {
        if (titled.Count == 0 || title.AsSpan(0, titled[0].Start).Trim() is var lead && !(lead.IsEmpty || lead.Equals("The", StringComparison.OrdinalIgnoreCase)))
            return null;
        var label = titled[0];
        if (!title.AsSpan(label.End).TrimStart(' ').StartsWith(": ", StringComparison.Ordinal))
            return null;
        var great = isGreatPower(label.ActorId);
        foreach (var m in titled)
        {
            if (m.ActorId != label.ActorId && ((!isState(m.ActorId) && !isBloc(m.ActorId)) || (great && !isGreatPower(m.ActorId))))
                return null;
        }
        return label.ActorId;
    }

    /// <summary>What stands between two names of one list: a comma, "and", both, a hyphen or an ampersand.</summary>
    private static bool ListJoint(ReadOnlySpan<char> between) =>
        between.Trim() is "," or "and" or ", and" or "-" or "–" or "&";

    /// <summary>
    /// Whether every mention of <paramref name="id"/> in the title is a country's possessive right before a group or a
    /// person ("Iraq's Popular Mobilization Forces", "Libya's Haftar"): the country says where the one named is.
    /// </summary>
    public static bool OnlyWhere(string title, List<Mention> titled, string id, Func<string, bool> isState)
    {
        var any = false;
        for (var k = 0; k < titled.Count; k++)
        {
            var m = titled[k];
            if (m.ActorId != id)
                continue;
            if (!isState(id) || k + 1 >= titled.Count || !PossessiveBetween(title, m.End, titled[k + 1].Start))
                return false;
            var next = titled[k + 1];
            if (next.ActorId == id || !(!isState(next.ActorId) || next.Kind == NameKind.Leader))
                return false;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// "Azerbaijan seeks to improve relations between Israel and Turkey": the parties after "between", where the title
    /// names another actor before it, are the ones the piece's actor brings together, not the actor.
    /// </summary>
    public static bool OnlyBetweenOthers(string title, List<Mention> titled, string id)
    {
        var between = title.IndexOf(" between ", StringComparison.OrdinalIgnoreCase);
        if (between < 0 || !titled.Exists(m => m.End <= between && m.ActorId != id))
            return false;
        var any = false;
        var reached = between + " between ".Length;
        foreach (var m in titled)
        {
            if (m.Start < reached)
            {
                if (m.ActorId == id)
                    return false;
                continue;
            }
            // The parties form a list right after "between": "between Israel and Turkey", "between Armenia, Azerbaijan".
            if (!title.AsSpan(reached, m.Start - reached).IsWhiteSpace() && !ListJoint(title.AsSpan(reached, m.Start - reached)))
                break;
            any |= m.ActorId == id;
            reached = m.End;
        }
        return any && !titled.Exists(m => m.ActorId == id && m.Start >= reached);
    }

    /// <summary>"Splits in Yemen's anti-Houthi alliance": one the title names only as what others stand against is not what it is about.</summary>
    public static bool OnlyAsOpposed(string title, List<Mention> titled, string id)
    {
        var any = false;
        foreach (var m in titled)
        {
            if (m.ActorId != id)
                continue;
            if (!title.AsSpan(0, m.Start).EndsWith("anti-", StringComparison.OrdinalIgnoreCase))
                return false;
            any = true;
        }
        return any;
    }

    // "This Shia group killed 3 US soldiers", "Militia behind drone strike …": a title that opens on an armed group it does not name.
    [GeneratedRegex(@"^(?:(?:this|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:group|militia|militias|rebels|militants|faction|insurgents|jihadists)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnnamedGroup();

    /// <summary>Whether the title opens on an armed group it leaves unnamed, before any name.</summary>
    public static bool OpensOnUnnamedGroup(string title, List<Mention> titled) =>
        UnnamedGroup().Match(title) is { Success: true } group && (titled.Count == 0 || titled[0].Start >= group.Index + group.Length);

    /// <summary>
    /// "Islamic State in Mozambique more active, sophisticated, UN warns", "UN again accuses Rwanda of backing M23", "Taliban say IS-K
    /// is plotting attacks": the speaker a title ends on, or opens with before the one it speaks of, reports the news; it is not what
    /// the news is about.
    /// </summary>
    public static bool OnlyAsSpeaker(string title, List<Mention> titled, string id) =>
        OnlyAsClosingSpeaker(title, titled, id) || OnlyAsOpeningSpeaker(title, titled, id);

    /// <summary>
    /// The title opens on <paramref name="id"/>, a speech verb (an adverb may stand before it) and then another actor, and
    /// names <paramref name="id"/> nowhere else. "Iran says it will arm Hezbollah" speaks of itself, so a pronoun after the
    /// verb keeps the speaker.
    /// </summary>
    private static bool OnlyAsOpeningSpeaker(string title, List<Mention> titled, string id)
    {
        if (titled.Count < 2 || titled[0].ActorId != id || titled[1].ActorId == id || titled.FindLastIndex(m => m.ActorId == id) != 0
            || title.AsSpan(0, titled[0].Start).Trim() is var lead && !(lead.IsEmpty || lead.Equals("The", StringComparison.OrdinalIgnoreCase)))
            return false;
        var words = title[titled[0].End..titled[1].Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var verb = words.Length > 0 && OpeningAdverbs.Contains(words[0].ToLowerInvariant()) ? 1 : 0;
        if (verb >= words.Length || !OpeningSpeechVerbs.Contains(words[verb].ToLowerInvariant()))
            return false;
        // "UN accuses Rwanda", "Taliban say IS-K", "US says that China": at most "that" or "the" between the verb and the name.
        return words.Length - verb - 1 <= 1 && (words.Length - verb == 1 || words[^1].ToLowerInvariant() is "that" or "the")
            && !SaysOfAPair(title, titled, words[verb]) && !CallsItsTie(title, titled[1]);
    }

    /// <summary>"Denmark says US is a national security risk": a speaker who names what the other is to it tells of its own tie.</summary>
    private static bool CallsItsTie(string title, Mention other)
    {
        var rest = title[other.End..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (rest.Length < 2 || rest[0].ToLowerInvariant() is not ("is" or "are" or "remains" or "poses"))
            return false;
        return Array.Exists(rest, w => TieNouns.Contains(w.TrimEnd(',', '.', ':', ';').ToLowerInvariant()));
    }

    private static readonly HashSet<string> TieNouns = new(StringComparer.Ordinal)
    {
        "threat", "risk", "danger", "menace", "enemy", "adversary", "foe", "ally", "partner", "friend",
    };

    /// <summary>"Sri Lanka says India and China both helping": a speaker who tells of two others at once tells of its ties to them.</summary>
    private static bool SaysOfAPair(string title, List<Mention> titled, string verb) =>
        verb.ToLowerInvariant() is "says" or "say" or "said" && titled.Count >= 3 && titled[2].ActorId != titled[1].ActorId
        && title.AsSpan(titled[1].End, titled[2].Start - titled[1].End).Trim().Equals("and", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> OpeningAdverbs = new(StringComparer.Ordinal) { "again", "now", "also", "officially", "formally", "publicly", "openly" };

    private static readonly HashSet<string> OpeningSpeechVerbs = new(StringComparer.Ordinal)
    {
        "says", "say", "said", "accuses", "accuse", "accused", "blames", "blame", "warns", "warn", "claims", "claim", "alleges", "allege",
    };

    private static bool OnlyAsClosingSpeaker(string title, List<Mention> titled, string id)
    {
        var any = false;
        foreach (var m in titled)
        {
            if (m.ActorId != id)
                continue;
            var before = title.AsSpan(0, m.Start).TrimEnd();
            var after = title.AsSpan(m.End).Trim().TrimEnd(".!'\"’”");
            if (!(before.EndsWith(',') || before.EndsWith(':') || before.EndsWith('-') || before.EndsWith('–') || before.EndsWith('—'))
                || after.Contains(' ') || !SpeechVerbs.Contains(after.ToString().ToLowerInvariant()))
                return false;
            any = true;
        }
        return any;
    }

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal) { "warns", "says", "said", "claims", "reports", "alleges", "insists", "told", "tells", "warned", "report" };

    /// <summary>
    /// "Syria after Assad", "Post-Assad Syria", "… visits China after severing Taiwan ties": one the title names only as gone or cut
    /// off is not what it is about. Not one that leaves ("Forum in crisis after Kiribati withdrawal"): its leaving is often the news.
    /// </summary>
    public static bool OnlyAsGone(string title, List<Mention> titled, string id)
    {
        var any = false;
        foreach (var m in titled)
        {
            if (m.ActorId != id)
                continue;
            var before = title.AsSpan(0, m.Start).TrimEnd();
            // "Syria after Assad", not "backs Turkey to go after the PKK": a name, not a verb, stands before "after".
            if (!((before.EndsWith("after", StringComparison.OrdinalIgnoreCase) && NameBefore(before[..^5]))
                || before.EndsWith("post-", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("without", StringComparison.OrdinalIgnoreCase) || before.EndsWith("fall of", StringComparison.OrdinalIgnoreCase)
                || EndsWithAny(before, CuttingVerbs)))
                return false;
            any = true;
        }
        return any;
    }

    // "severing Taiwan ties", "after cutting Taipei ties": what is cut, named before its ties.
    private static readonly string[] CuttingVerbs = [" severing", " severs", " severed", " cutting", " cuts", " ditching", " ditches", " dropping", " drops", " abandoning"];

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (text.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool NameBefore(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        var space = text.LastIndexOf(' ');
        var word = space < 0 ? text : text[(space + 1)..];
        return word.Length > 0 && char.IsUpper(word[0]);
    }

    private static bool PossessiveBetween(string title, int end, int start) =>
        start - end is 3 && title[end] is '\'' or '’' && title[end + 1] == 's' && title[end + 2] == ' ';
}
