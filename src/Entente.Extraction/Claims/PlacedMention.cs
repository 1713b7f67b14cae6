using System.Runtime.InteropServices;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Claims;

/// <summary>An actor named in a unit, by the words it covers (First..Last inclusive).</summary>
public sealed record PlacedMention(int First, int Last, string ActorId)
{
    /// <summary>Named by a demonym ("Russian supplies", "Algerian gas"): a modifier more often than a party.</summary>
    public bool Adjective { get; init; }

    /// <summary>Named by a leader's name ("Sharif", "Aliyev said"): a later "he" or "she" may stand for the leader's side.</summary>
    public bool Person { get; init; }
}

internal static class Placement
{
    private static readonly WordSet ListGlue = new(",", "and", "or", "the", "&", "plus", "as", "well", "along", "with", "its", "both", "including", "notably", "like", "such", ":", "together");

    /// <summary>Maps mentions (character spans in the unit) onto word positions; overlapping ones keep the first.</summary>
    public static List<PlacedMention> Place(IReadOnlyList<Word> words, IReadOnlyList<Mention> mentions) =>
        Place(words, mentions, new List<PlacedMention>(mentions.Count));

    /// <summary>As <see cref="Place(IReadOnlyList{Word}, IReadOnlyList{Mention})"/>, into <paramref name="placed"/>, emptied first: a list the caller refills for every unit.</summary>
    public static List<PlacedMention> Place(IReadOnlyList<Word> words, IReadOnlyList<Mention> mentions, List<PlacedMention> placed)
    {
        placed.Clear();
        var ordered = mentions;
        for (var k = 1; k < mentions.Count; k++)
        {
            if (mentions[k].Start < mentions[k - 1].Start)
            {
                ordered = mentions.OrderBy(m => m.Start).ToList();
                break;
            }
        }
        // The words read in place: this runs for every unit that names anyone.
        var all = words is List<Word> list ? CollectionsMarshal.AsSpan(list) : words.ToArray();
        var w = 0;
        for (var m = 0; m < ordered.Count; m++)
        {
            var mention = ordered[m];
            w = FirstEndingAfter(all, w, mention.Start);
            // Words stand apart and in order, so each from w on ends past the mention's start: only where they start is read.
            var first = -1;
            var last = -1;
            for (var i = w; i < all.Length && all[i].Start < mention.End; i++)
            {
                if (first < 0) first = i;
                last = i;
            }
            // "the Popular Mobilisation Forces (PMF)": the short form in brackets is the same mention.
            if (first >= 0 && placed.Count > 0 && placed[^1].ActorId == mention.ActorId && first == placed[^1].Last + 2
                && words[first - 1].Lower == "(" && last + 1 < words.Count && words[last + 1].Lower == ")")
                placed[^1] = placed[^1] with { Last = last + 1 };
            else if (first >= 0 && (placed.Count == 0 || placed[^1].Last < first))
            {
                if (mention.Kind == NameKind.Leader)
                    first = WithTitle(words, first, placed.Count == 0 ? -1 : placed[^1].Last);
                placed.Add(new PlacedMention(first, last, mention.ActorId) { Adjective = mention.Kind == NameKind.Demonym, Person = mention.Kind == NameKind.Leader });
            }
        }
        return placed;
    }

    /// <summary>
    /// "support for Field Marshal Khalifa Haftar", "backed by President Vladimir Putin": the title is part of the leader's
    /// name, so readers that want the name right after a cue find it. Only capitalised titles count, and never over another name.
    /// </summary>
    private static int WithTitle(IReadOnlyList<Word> words, int first, int previousLast)
    {
        var i = first - 1;
        // "Gen. Abdel Fattah al-Burhan": an abbreviated title keeps its full stop as a word of its own.
        while (i > previousLast && ((words[i].IsCapitalized && LeaderTitles.Contains(words[i]))
            || (words[i].Lower == "." && i - 1 > previousLast && words[i - 1].IsCapitalized && LeaderTitles.Contains(words[i - 1]))))
            i--;
        return i + 1;
    }

    private static readonly WordSet LeaderTitles = new(
        "president", "prime", "minister", "premier", "chancellor", "field", "marshal", "general", "gen", "lt", "col", "colonel",
        "maj", "major", "commander", "king", "queen", "crown", "prince", "emir", "sheikh", "sheik", "sultan", "ayatollah", "supreme",
        "leader", "chairman", "foreign", "defence", "defense", "interim", "acting", "vice", "deputy", "mr", "mrs", "ms", "dr", "admiral", "adm");

    /// <summary>
    /// The first word from <paramref name="from"/> on that ends after <paramref name="start"/>, or the words' count. Words
    /// stand apart and in order: a binary search on where they start (kept in the word) finds the last that starts at or
    /// before <paramref name="start"/>, and only its spelling is read, for where it ends, when it starts before <paramref name="start"/>.
    /// </summary>
    private static int FirstEndingAfter(ReadOnlySpan<Word> words, int from, int start)
    {
        var (low, high) = (from, words.Length);
        while (low < high)
        {
            var mid = low + (high - low) / 2;
            if (words[mid].Start <= start)
                low = mid + 1;
            else
                high = mid;
        }
        var last = low - 1;
        // A word that starts where the mention does ends after it: told without reading its spelling, which is most often
        // out of the cache (reading it was half of placing mentions). Only a mention starting inside a word needs its end.
        return last < from ? from : words[last].Start == start || words[last].End > start ? last : last + 1;
    }

    /// <summary>Where the first mention that opens at <paramref name="first"/> stands in the list, or -1.</summary>
    public static int IndexOpeningAt(List<PlacedMention> placed, int first)
    {
        for (var k = 0; k < placed.Count; k++)
        {
            if (placed[k].First == first)
                return k;
        }
        return -1;
    }

    /// <summary>Where the last mention that closes at <paramref name="last"/> stands in the list, or -1.</summary>
    public static int IndexEndingAt(List<PlacedMention> placed, int last)
    {
        for (var k = placed.Count - 1; k >= 0; k--)
        {
            if (placed[k].Last == last)
                return k;
        }
        return -1;
    }

    /// <summary>Whether the unit names <paramref name="actorId"/>: a loop, asked for every unit, where Exists made a closure each time.</summary>
    public static bool Names(List<PlacedMention> placed, string? actorId)
    {
        foreach (var p in placed)
        {
            if (p.ActorId == actorId)
                return true;
        }
        return false;
    }

    /// <summary>Whether a mention covers the word at <paramref name="index"/>.</summary>
    public static bool Covers(List<PlacedMention> placed, int index)
    {
        foreach (var p in placed)
        {
            if (p.First <= index && index <= p.Last)
                return true;
        }
        return false;
    }

    /// <summary>"the Houthis in Yemen", "talks in Oman", "withdraw from southern Lebanon": after these words, or before "where", a name says where, not who.</summary>
    /// <remarks>"in Houthi-held Yemen": a name glued to what follows by a hyphen qualifies it, so it is a party, not the place.</remarks>
    /// <remarks>The words are told by number (<see cref="WordSet"/>), not by text: this is asked of every actor that every reader weighs.</remarks>
    public static bool IsPlace(IReadOnlyList<Word> words, PlacedMention mention) =>
        (mention.First > 0 && PlaceWords.Contains(words[mention.First - 1])
        && !(mention.Last + 1 < words.Count && Hyphen.Contains(words[mention.Last + 1]))
        && !RulersIn(words, mention) && !PointedAt(words, mention))
        // "the most supportive voice for Serbia inside the EU", "shielded it at the United Nations", "signed at the White House":
        // a bloc, a forum or a seat after "inside the", "within the", "at the" is where, not who.
        || (mention.First > 1 && The.Contains(words[mention.First - 1]) && InsideWords.Contains(words[mention.First - 2])
            && !(mention.Last + 1 < words.Count && HyphenOrPossessive.Contains(words[mention.Last + 1]))
            && !MeetingOf(words, mention))
        || FollowedByWhere(words, mention)
        || Dateline(words, mention)
        // "a contingent of Revolutionary Guards from Iran": where another name comes from; "breakaway fighters from the
        // Pakistani Taleban": where those who left came from.
        || (mention.First >= 2 && From.Contains(words[mention.First - 1]) && words[mention.First - 2].IsCapitalized)
        || LeftFrom(words, mention)
        || NamesAWar(words, mention)
        || DatesByAFall(words, mention)
        // "Jufra airbase south of Tripoli": a direction from a city or a country says where.
        // "the Serb-majority entity of Bosnia", "the province of Cabo Delgado": a part of a country says where it lies.
        || (mention.First >= 2 && words[mention.First - 1].Lower == "of" && (Directions.Contains(words[mention.First - 2]) || Parts.Contains(words[mention.First - 2])))
        // "the Treaty of Lisbon", "the Protocol of Kyoto": a city in an agreement's name is where it was signed.
        || (mention.First >= 2 && words[mention.First - 1].Lower == "of" && words[mention.First - 2].IsCapitalized && NamedAgreements.Contains(words[mention.First - 2]));

    private static readonly WordSet Breakaways = new("breakaway", "defecting", "defected", "former", "disaffected", "dissident", "renegade", "rogue");

    private static bool LeftFrom(IReadOnlyList<Word> words, PlacedMention mention)
    {
        var from = mention.First - 1;
        if (from >= 1 && words[from].Lower == "the")
            from--;
        return from >= 2 && From.Contains(words[from]) && Breakaways.Contains(words[from - 2]);
    }

    private static readonly WordSet NamedAgreements = new(
        "treaty", "treaties", "accord", "accords", "agreement", "agreements", "protocol", "convention", "charter", "declaration", "pact", "peace", "congress", "act");

    /// <summary>"signed in Pretoria, South Africa": a country named after its own city, itself a place, says where again.</summary>
    /// <remarks>By index: asked of every name in a unit, where finding each name's place in the list would scan it again.</remarks>
    public static bool RestatesAPlace(IReadOnlyList<Word> words, List<PlacedMention> placed, int k)
    {
        var mention = placed[k];
        return k > 0 && placed[k - 1].ActorId == mention.ActorId && placed[k - 1].Last == mention.First - 2 && words[mention.First - 1].Lower == ","
            && IsPlace(words, placed[k - 1]);
    }

    /// <summary>"its core body in Iraq and Syria": a name joined by "and" to a place is a place too.</summary>
    public static bool JoinedToAPlace(IReadOnlyList<Word> words, List<PlacedMention> placed, int k)
    {
        var mention = placed[k];
        return k > 0 && placed[k - 1].Last == mention.First - 2 && words[mention.First - 1].Lower is "and" or "or"
            && !(mention.Last + 1 < words.Count && HyphenOrPossessive.Contains(words[mention.Last + 1]))
            && IsPlace(words, placed[k - 1]);
    }

    private static readonly WordSet Parts = new(
        "entity", "entities", "region", "regions", "province", "provinces", "territory", "territories", "enclave", "district", "districts", "capital");

    private static readonly WordSet Directions = new(
        "south", "north", "east", "west", "southeast", "southwest", "northeast", "northwest", "south-east", "south-west", "north-east", "north-west", "outskirts");

    /// <summary>"since the fall of Assad", "post-Assad Syria": the ruler's fall dates the sentence; he is no party to it.</summary>
    private static bool DatesByAFall(IReadOnlyList<Word> words, PlacedMention mention) =>
        (mention.First >= 4 && words[mention.First - 1].Lower == "of" && FallNouns.Contains(words[mention.First - 2])
            && words[mention.First - 3].Lower == "the" && FallTimes.Contains(words[mention.First - 4]))
        || (mention.First >= 2 && words[mention.First - 1].Lower == "-" && words[mention.First - 2].Lower is "post" or "pre");

    private static readonly WordSet FallNouns = new("fall", "ouster", "overthrow", "toppling", "collapse", "removal", "death", "flight");
    private static readonly WordSet FallTimes = new("since", "after", "until", "before", "following", "till");

    private static readonly WordSet PlaceWords = new(
        "in", "at", "across", "inside", "within", "throughout", "through", "via", "southern", "northern", "eastern", "western", "central", "near");
    private static readonly WordSet InsideWords = new("inside", "within", "at");
    private static readonly WordSet In = new("in");

    /// <summary>"the junta in Niamey", "the government in Kabul": the state's rulers, named by where they sit.</summary>
    private static bool RulersIn(IReadOnlyList<Word> words, PlacedMention mention) =>
        mention.First > 1 && In.Contains(words[mention.First - 1]) && Rulers.Contains(words[mention.First - 2]);

    /// <summary>"pointed fingers at India for backing the TTP": the one blamed, not a place.</summary>
    private static bool PointedAt(IReadOnlyList<Word> words, PlacedMention mention) =>
        mention.First > 1 && words[mention.First - 1].Lower == "at" && words[mention.First - 2].Lower is "finger" or "fingers";

    /// <summary>"Greece finding new friends in Israel and Egypt": those found "in" names are the names themselves, and may be a list.</summary>
    private static bool FoundIn(IReadOnlyList<Word> words, PlacedMention mention)
    {
        if (mention.First < 3 || !In.Contains(words[mention.First - 1]) || !Kindred.Contains(words[mention.First - 2]))
            return false;
        for (var i = mention.First - 3; i >= 0 && i >= mention.First - 6; i--)
        {
            if (Finding.Contains(words[i]))
                return true;
        }
        return false;
    }

    private static readonly WordSet Kindred = new("ally", "allies", "friend", "friends", "partner", "partners");
    private static readonly WordSet Finding = new("find", "finds", "found", "finding");
    private static readonly WordSet Rulers = new("government", "governments", "junta", "juntas", "regime", "regimes", "authorities", "leadership", "rulers");
    private static readonly WordSet The = new("the");
    private static readonly WordSet From = new("from");
    private static readonly WordSet Hyphen = new("-");
    private static readonly WordSet HyphenOrPossessive = new("-", "'s");
    private static readonly WordSet InOrDuring = new("in", "during");
    private static readonly WordSet WarWords = new("war", "conflict", "crisis");
    private static readonly WordSet Comma = new(",");
    private static readonly WordSet Where = new("where");

    private static readonly WordSet Meetings = new("summit", "summits", "meeting", "meetings", "gathering", "conference", "session");

    /// <summary>"the only ally at the NATO summit": a bloc's own meeting gathers its members; the bloc is no mere place there.</summary>
    private static bool MeetingOf(IReadOnlyList<Word> words, PlacedMention mention) =>
        mention.Last + 1 < words.Count && Meetings.Contains(words[mention.Last + 1]);

    /// <summary>"a close partner in the Yemen war": the name says where the war is, not who fights.</summary>
    private static bool NamesAWar(IReadOnlyList<Word> words, PlacedMention mention) =>
        mention.First >= 2 && mention.Last + 1 < words.Count && The.Contains(words[mention.First - 1])
        && InOrDuring.Contains(words[mention.First - 2]) && WarWords.Contains(words[mention.Last + 1]);

    /// <summary>"Dakar, Senegal (AP) –": a dateline says where the story was filed.</summary>
    private static bool Dateline(IReadOnlyList<Word> words, PlacedMention mention)
    {
        if (mention.First > 3)
            return false;
        var i = mention.Last + 1;
        // "Dakar, Senegal (AP)": the city may be followed by its country.
        if (i + 1 < words.Count && words[i].Lower == "," && words[i + 1].IsCapitalized)
        {
            i++;
            while (i < words.Count && i - mention.Last <= 4 && words[i].IsCapitalized)
                i++;
        }
        return i + 1 < words.Count && words[i].Lower == "(" && IsAgency(words[i + 1]);
    }

    private static bool IsAgency(Word word) => word.Text is "AP" or "AFP" or "Reuters" or "REUTERS" or "dpa" or "Xinhua" or "UPI" or "ANI";

    /// <summary>"moved its officials to Lebanon, where Hezbollah …": the name sets the scene of the clause that follows.</summary>
    private static bool FollowedByWhere(IReadOnlyList<Word> words, PlacedMention mention)
    {
        var next = mention.Last + 1;
        if (next < words.Count && Comma.Contains(words[next]))
            next++;
        return next < words.Count && Where.Contains(words[next]);
    }

    /// <summary>
    /// "the Moscow-led CSTO", "Iran-aligned factions": a name glued by a hyphen to what follows qualifies
    /// someone else; but in "Houthi-held Yemen" the holder is the party and the place is where.
    /// </summary>
    public static bool Qualifies(IReadOnlyList<Word> words, PlacedMention mention) =>
        (mention.Last + 2 < words.Count && GluedHyphen(words, mention.Last + 1) && char.IsLetter(words[mention.Last + 2].Lower[0])
            && words[mention.Last + 2].Lower is not ("held" or "controlled" or "occupied" or "run" or "ruled" or "dominated"))
        // "Hungary, although an EU and NATO member, refuses …": the bloc names what Hungary is.
        || (mention.Last + 1 < words.Count && words[mention.Last + 1].Lower is "member" or "members" or "membership" or "summit" or "headquarters");

    /// <summary>"alliances with anti-Israel regimes in Iran", "an anti-Israel alliance of militias": the name says whom the noun after it stands against.</summary>
    public static bool AfterAnti(IReadOnlyList<Word> words, PlacedMention mention) =>
        mention.First >= 2 && GluedHyphen(words, mention.First - 1) && words[mention.First - 2].Lower is "anti" or "counter";

    /// <summary>"Iran-aligned", not the dash in "founded Hezbollah - amid the war": a hyphen with no space before it, and not the first of the two that type a dash ("Iceland--through").</summary>
    public static bool GluedHyphen(IReadOnlyList<Word> words, int at) =>
        words[at].Lower == "-" && at > 0 && words[at - 1].End == words[at].Start && !(at + 1 < words.Count && words[at + 1].Lower == "-");

    /// <summary>The list a mention belongs to: "Hezbollah, the Houthis, Hamas and PIJ".</summary>
    public static List<PlacedMention> ListAround(IReadOnlyList<Word> words, List<PlacedMention> placed, int index)
    {
        var from = index;
        var to = index;
        while (from > 0 && Next(words, placed, from - 1) == from && !EndsAFrontedClause(words, placed[from - 1], placed[from]))
            from--;
        // "Hezbollah in Lebanon, the Houthis in Yemen and Hamas in Gaza": where a member is based is not a member.
        while (from > 1 && HomeOf(words, placed, from - 2, from - 1) && Next(words, placed, from - 2) == from)
            from -= 2;
        while (to < placed.Count - 1 && Next(words, placed, to) is var next and > 0)
            to = next;
        var list = new List<PlacedMention>(to - from + 1);
        for (var k = from; k <= to; k++)
        {
            // "Hezbollah in Lebanon": a member's home is no member.
            if (k == 0 || !HomeOf(words, placed, k - 1, k))
                list.Add(placed[k]);
        }
        return list;
    }

    /// <summary>
    /// Where the list around <paramref name="index"/> begins. A name read as the home of the one before it ("seize Tripoli from
    /// the GNA") leaves no member around it, and the name itself is where its list begins.
    /// </summary>
    public static int ListStart(IReadOnlyList<Word> words, List<PlacedMention> placed, int index) =>
        ListAround(words, placed, index) is [var first, ..] ? first.First : placed[index].First;

    /// <summary>
    /// "after a period of declining relations with the Afghan Taliban, the IMU pledged loyalty to IS": a name that ends a clause
    /// a subordinating word opens, with a bare comma after it, is no member of the list the next name begins.
    /// </summary>
    private static bool EndsAFrontedClause(IReadOnlyList<Word> words, PlacedMention member, PlacedMention next)
    {
        if (next.First - member.Last > 3 || words[member.Last + 1].Lower != ",")
            return false;
        var i = member.First - 1;
        while (i >= 0 && words[i].Lower is not ("," or ";" or ":"))
            i--;
        return member.First - i > 2 && FrontedSubordinators.Contains(words[i + 1]);
    }

    private static readonly WordSet FrontedSubordinators = new("after", "before", "despite", "following", "since", "when", "while", "amid", "although", "though");

    /// <summary>The index of the list member after the one at <paramref name="k"/>, past its home ("in Lebanon"), or -1.</summary>
    internal static int Next(IReadOnlyList<Word> words, List<PlacedMention> placed, int k)
    {
        // "Since the war in Ukraine, Kazakhstan has …": a place that ends a phrase of its own heads no list.
        if (placed[k].First > 0 && words[placed[k].First - 1].Lower == "in" && !(k > 0 && HomeOf(words, placed, k - 1, k)) && !RulersIn(words, placed[k]) && !FoundIn(words, placed[k]))
            return -1;
        var last = placed[k].Last;
        var next = k + 1;
        if (next < placed.Count && HomeOf(words, placed, k, next))
        {
            last = placed[next].Last;
            next++;
        }
        // "Armenia and Azerbaijan, the latter backed by Turkey": "the latter" names one of the list, it does not lengthen it.
        return next < placed.Count && OnlyGlue(words, last + 1, placed[next].First)
            && !Coreference.BackReference(words, placed[next].Last) && !Coreference.BackReference(words, placed[k].Last) && !ReportsIt(words, placed[next])
            && !OwnerOfAnAppositive(words, last, placed[next]) ? next : -1;
    }

    /// <summary>"the YPG, Washington's Kurdish ally": a possessor right after a comma describes the name before; it is no member.</summary>
    private static bool OwnerOfAnAppositive(IReadOnlyList<Word> words, int last, PlacedMention next)
    {
        var owned = next.Last + 2;
        if (next.First != last + 2 || words[last + 1].Lower != "," || owned >= words.Count || words[next.Last + 1].Lower is not ("'s" or "’s"))
            return false;
        // "Washington's Kurdish ally": an adjective written with a capital may come first.
        if (words[owned].IsCapitalized && owned + 1 < words.Count)
            owned++;
        return !words[owned].IsCapitalized && char.IsLetter(words[owned].Lower[0]);
    }

    /// <summary>
    /// "Iran, a key player in the region, and Russia signed …": an aside between two members, closed by a comma before "and"
    /// or "or", is passed over; where the aside closes, or <paramref name="from"/> where there is none.
    /// </summary>
    private static int PastAnAside(IReadOnlyList<Word> words, int from, int to) =>
        to - from >= 4 && words[to - 1].Lower is "and" or "or" && CommaAsides.Close(words, from, to) == to - 2 ? to - 2 : from;

    private static readonly WordSet ReportingVerbs = new("says", "said", "say", "reports", "reported", "claims", "claimed", "finds", "found");
    private static readonly WordSet Reporters = new("agency", "officials", "official", "intelligence", "report", "sources", "spokesman", "spokeswoman", "envoy", "ministry");

    /// <summary>
    /// "Iran supplied arsenal to Houthis, Pentagon agency says": a name that ends the sentence by reporting it is its source, not a list
    /// member; so is one after a comma that reports what came before it ("a pact between China and Solomon Islands, the White
    /// House said on Tuesday").
    /// </summary>
    private static bool ReportsIt(IReadOnlyList<Word> words, PlacedMention mention)
    {
        var i = mention.Last + 1;
        while (i < words.Count && i - mention.Last <= 2 && Reporters.Contains(words[i]))
            i++;
        if (i >= words.Count || !ReportingVerbs.Contains(words[i]))
            return false;
        var opener = mention.First >= 1 && words[mention.First - 1].Lower == "the" ? mention.First - 1 : mention.First;
        return i + 1 == words.Count || words[i + 1].Lower is "." or "," or ";" || (opener >= 1 && words[opener - 1].Lower == "," && TimeOrPlaceWords.Contains(words[i + 1]));
    }

    private static readonly WordSet TimeOrPlaceWords = new("on", "in", "at", "last", "this", "yesterday", "today", "earlier", "late", "early", "recently", "after", "during");

    /// <summary>"Hamas in Gaza, Hezbollah …": a home that is no actor of ours is skipped like one that is.</summary>
    private static int PastUnknownHome(IReadOnlyList<Word> words, int from, int to)
    {
        // "in the Gaza Strip": "the" may stand before the place.
        var place = from + 1 < to && words[from].Lower is "in" or "from" && words[from + 1].Lower == "the" ? from + 2 : from + 1;
        if (place >= to || words[from].Lower is not ("in" or "from") || !char.IsUpper(words[place].Text[0]))
            return from;
        var at = place;
        while (at < to && at - place <= 2 && char.IsUpper(words[at].Text[0]))
            at++;
        return at;
    }

    private static int PastShortForm(IReadOnlyList<Word> words, int from, int to) =>
        from + 2 < to && words[from].Lower == "(" && words[from + 2].Lower == ")" && ShortForm(words[from + 1].Text) ? from + 3 : from;

    /// <summary>
    /// "Australia, Cook Islands, Fiji", "the African Union, the Common Market for Eastern and Southern Africa (COMESA), and SADC": a
    /// member we hold no actor for, capitalised words between commas (with "the" before them, "of", "for" or "and" inside and its
    /// short form after), does not end the list; where the last such member's comma stands, or <paramref name="from"/> where there is none.
    /// </summary>
    private static int PastUnknownMembers(IReadOnlyList<Word> words, int from, int to)
    {
        for (var skipped = 0; skipped < 3 && from + 2 < to && words[from].Lower == ","; skipped++)
        {
            var head = words[from + 1].Lower == "the" ? from + 2 : from + 1;
            var at = head;
            while (at < to && at - head < MaxUnknownMember && (words[at].IsCapitalized || (at > head && at + 1 < to && NameJoiners.Contains(words[at]) && words[at + 1].IsCapitalized)))
                at++;
            if (at + 2 < to && words[at].Lower == "(" && words[at + 2].Lower == ")" && ShortForm(words[at + 1].Text))
                at += 3;
            if (at == head || at >= to || words[at].Lower != ",")
                break;
            from = at;
        }
        return from;
    }

    private const int MaxUnknownMember = 8;

    // "Common Market for Eastern and Southern Africa", "Bank of Central African States": words inside a body's name.
    private static readonly WordSet NameJoiners = new("of", "for", "and", "on");

    /// <summary>"Hezbollah in Lebanon", "Houthi militants in Yemen": the second name is where the first is based.</summary>
    private static bool HomeOf(IReadOnlyList<Word> words, List<PlacedMention> placed, int member, int home)
    {
        var gap = placed[home].First - placed[member].Last - 1;
        // "Palestinian Islamic Jihad in the Gaza Strip": a home may take "the".
        var the = gap > 1 && words[placed[home].First - 1].Lower == "the" ? 1 : 0;
        gap -= the;
        return gap is 1 or 2 && words[placed[home].First - 1 - the].Lower is "in" or "from"
            && (gap == 1 || MemberNouns.Contains(words[placed[member].Last + 1]));
    }

    // "Houthi militants", "Hezbollah fighters": a name with the noun for its members is still one list entry.
    private static readonly WordSet MemberNouns = new("militants", "rebels", "fighters", "movement", "group", "militia", "militias", "forces");

    // "both the Venezuelan government and the Guyanese government", "the Venezuelan leader Nicolás Maduro and …": a
    // state's government or head named by its adjective is still one list entry.
    private static readonly WordSet RulerNouns = new("government", "leader", "president", "authorities", "regime", "administration");

    // "not just Russia but also the leaders of Serbia and Hungary": a state's leaders are the state's entry in the list.
    private static readonly WordSet LeaderNouns = new("leaders", "leadership", "governments", "government", "rulers", "regime", "regimes");

    /// <summary>"… and the leaders of Serbia": "leaders of" (or "leadership of", "government of") right before the next name is no glue to step over.</summary>
    private static int BeforeRulersOf(IReadOnlyList<Word> words, int from, int to) =>
        to - from >= 2 && words[to - 1].Lower == "of" && LeaderNouns.Contains(words[to - 2]) ? to - 2 : to;

    /// <summary>"not just Russia but also Serbia": "but" goes on with a list only before "also"; "Russia but not Serbia" ends it.</summary>
    private static bool ButAlso(IReadOnlyList<Word> words, int i, int to) =>
        (words[i].Lower == "but" && i + 1 < to && words[i + 1].Lower == "also") || (words[i].Lower == "also" && i > 0 && words[i - 1].Lower == "but");

    /// <summary>"support for Guyana as Venezuela threatens": "as" joins a list only in "as well as" and "such as".</summary>
    private static bool LoneGlue(IReadOnlyList<Word> words, int i, int from, int to) =>
        words[i].Lower == "as" && !(i > from && words[i - 1].Lower is "well" or "such") && !(i + 1 < to && words[i + 1].Lower == "well");

    /// <summary>"support to TTP: UN report", "…: Pentagon says": the name after a colon says who tells it, it is no list member.</summary>
    private static bool Attribution(IReadOnlyList<Word> words, int name) =>
        PastTheName(words, name) is var i and >= 0 && AttributionWords.Contains(words[i]);

    /// <summary>"attacks into Pakistan with the Taliban's support": one whose help comes "with" the act is no list member.</summary>
    private static bool Possessor(IReadOnlyList<Word> words, int name) =>
        PastTheName(words, name) is var i and >= 0 && words[i].Lower is "'s" or "’s";

    /// <summary>The first word after the capitalised words of a name that opens at <paramref name="name"/>, or -1.</summary>
    private static int PastTheName(IReadOnlyList<Word> words, int name)
    {
        var i = name;
        while (i < words.Count && i - name < 5 && words[i].IsCapitalized)
            i++;
        return i < words.Count && i > name ? i : -1;
    }

    private static readonly WordSet AttributionWords = new(
        "report", "reports", "says", "said", "official", "officials", "study", "envoy", "chief", "sources", "experts", "panel", "monitor", "data", "survey", "spokesman", "spokesperson");

    private static bool ShortForm(string text) => text.Length is >= 2 and <= 5 && text.All(char.IsAsciiLetterUpper);

    /// <summary>
    /// "China, Russia and the central Asian countries of Kazakhstan, Kyrgyzstan …", "Germany and Poland as well as the Baltic
    /// countries of Estonia, Latvia …": a class the next members belong to goes on the list.
    /// </summary>
    private static bool ClassBetween(IReadOnlyList<Word> words, int from, int to)
    {
        if (to - from < 3 || words[to - 1].Lower != "of" || !ClassNouns.Contains(words[to - 2]))
            return false;
        var i = from;
        if (words[i].Lower == ",")
            i++;
        if (i + 2 < to && words[i].Lower == "as" && words[i + 1].Lower == "well" && words[i + 2].Lower == "as")
            i += 2;
        else if (i >= to || words[i].Lower != "and")
            return false;
        i++;
        if (words[i].Lower == "the")
            i++;
        if (to - 2 - i > 3)
            return false;
        for (; i < to - 2; i++)
        {
            if (!words[i].Lower.All(char.IsLetter))
                return false;
        }
        return true;
    }

    /// <summary>
    /// "Iran, Syria and the Lebanese militant group Hezbollah": what a member is, said between "the" and its name, does not end
    /// the list; where that description opens, or <paramref name="to"/> where there is none.
    /// </summary>
    private static int BeforeADescriptor(IReadOnlyList<Word> words, int from, int to)
    {
        if (to - from < 3 || !DescriptorNouns.Contains(words[to - 1]))
            return to;
        var i = to - 2;
        while (i > from && to - 2 - i < 3 && words[i].Lower.All(char.IsLetter) && !ListGlue.Contains(words[i]))
            i--;
        return i < to - 2 && words[i].Lower is "the" or "its" or "their" ? i + 1 : to;
    }

    private static readonly WordSet DescriptorNouns = new("group", "militia", "movement", "organisation", "organization", "party", "faction", "country", "kingdom", "republic", "state");

    private static readonly WordSet ClassNouns = new("countries", "states", "nations", "republics", "kingdoms", "emirates", "monarchies");

    private static bool OnlyGlue(IReadOnlyList<Word> words, int from, int to)
    {
        // "Palestinian Islamic Jihad (PIJ) in the Gaza Strip, Kata'ib Hezbollah": a short form may come before the home.
        from = PastUnknownHome(words, PastShortForm(words, from, to), to);
        from = PastUnknownMembers(words, from, to);
        from = PastAnAside(words, from, to);
        // "India (2015), the United States (2019)": the year a member joined does not end the list; nor does a short form
        // ("Argentina (AR), Brazil (BR)").
        if (from + 2 < to && words[from].Lower == "(" && words[from + 2].Lower == ")" && (char.IsDigit(words[from + 1].Lower[0]) || ShortForm(words[from + 1].Text)))
            from += 3;
        if (ClassBetween(words, from, to))
            return true;
        to = BeforeRulersOf(words, from, BeforeADescriptor(words, from, to));
        if (to - from > 4)
            return false;
        for (var i = from; i < to; i++)
        {
            // "a member of the SCO and of BRICS": "of" repeats the preposition of a list, never starts one.
            var repeatedOf = words[i].Lower == "of" && i > from && words[i - 1].Lower is "and" or "or" or ",";
            if (!ListGlue.Contains(words[i]) && !repeatedOf && !(i == from && (MemberNouns.Contains(words[i]) || RulerNouns.Contains(words[i])))
                && !ButAlso(words, i, to) || LoneGlue(words, i, from, to)
                || (words[i].Lower == ":" && Attribution(words, to)) || (words[i].Lower == "with" && Possessor(words, to)))
                return false;
        }
        return true;
    }
}
