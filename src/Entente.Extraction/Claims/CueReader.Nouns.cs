namespace Entente.Extraction.Claims;

internal sealed partial class CueReader
{
    private static readonly WordSet Copulas = new(
        "is", "was", "are", "were", "remains", "remained", "remain", "became", "becomes", "become", "been", "has", "have", "had",
        "be", "as", "seen", "considered", "described", "called", "a", "an", "the", "one", "of", "its", "their", "not", "no", "longer",
        "also", "still", "now", "never", "widely", "often", "long", "key", "close", "main", "most", "important", "major", "staunch",
        "reliable", "loyal", "powerful", "closest", "strongest", "oldest", "chief", "principal", "primary", "biggest", "largest",
        "top", "leading", "strategic", "regional", "formal", "treaty", "de", "facto", "only", "true", "nominal", "former", "reportedly",
        "arguably", "effectively", "essentially", "perhaps", "possibly", "probably", "clearly", "firm", "trusted", "natural", "two", "three", "four", "five", "several", "many", "both", "heaviest", "acts", "act", "acted", "serves", "serve", "served", "functions", "“", "\"",
        "continuing", "continued", "renewed", "ongoing", "growing", "steady", "unwavering", "financial", "military", "political", "diplomatic", "new",
        // "Peru's second-largest trading partner", "the country's largest bilateral creditors": ranks and kinds before the noun.
        "second", "third", "fourth", "fifth", "-", "bilateral", "foremost", "traditional", "historic", "longtime", "oldest", "single",
        // "reiterated its full support for Haftar".
        "full", "unconditional", "total", "complete", "strong", "active",
        // "Japan, a historical rival of China".
        "historical", "longstanding", "long-standing", "bitter", "fierce", "sworn", "old",
        // "are both long time treaty allies of US".
        "time",
        // "its “full support” for Haftar": quotation marks around the words of a phrase.
        "\"", "“", "”"
    );

    private static readonly WordSet Introducers = new(
        ",", ":", "including", "such", "as", "like", "notably", "namely", "among", "them", "the", "—", "–", "-", "(", "especially", "chiefly", "mainly"
    );

    /// <summary>
    /// "X's proxy Y", "Y, X's closest ally", "Y is X's ally", "Y is a proxy of X", "allies of X such as Y",
    /// "X and Y are partners"; for reversed nouns (backer, mediator) the named party acts on the possessor.
    /// </summary>
    private void Noun(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int length, Cue cue, List<Draft> into)
    {
        var after = index + length;
        // "a mediator between Kyiv and Moscow" names the parties it stands between, not a pair of partners.
        if (cue.Relation == RelationType.Mediator && (words[after - 1].Lower == "between" || (after < words.Count && words[after].Lower == "between")))
            return;
        if (words[after - 1].Lower == "between" || (after < words.Count && words[after].Lower == "between"))
            Between(words, placed, words[after - 1].Lower == "between" ? after : after + 1, index, cue, into);
        else
            NounTies(words, placed, index, after, cue, into);
    }

    /// <summary>"fighting between Israel and Hezbollah", "a partnership between Beijing and Moscow": the two named are the parties.</summary>
    private static void Between(IReadOnlyList<Word> words, List<PlacedMention> placed, int from, int index, Cue cue, List<Draft> into)
    {
        var first = placed.FindIndex(p => p.First >= from);
        if (first < 0 || placed[first].First - from > 2)
            return;
        var list = Placement.ListAround(words, placed, first).Where(p => p.First >= from).DistinctBy(p => p.ActorId).ToList();
        // "between Israel and several Arab nations, including the UAE, Bahrain and Sudan": the other side is a class and its members.
        // Those members are one side: each faces the first, not one another.
        var oneSide = false;
        if (list.Count == 1 && MembersOfAClassAfter(words, placed, list[0].Last + 1) is { } members)
        {
            list.AddRange(members.Where(m => m.ActorId != list[0].ActorId).DistinctBy(p => p.ActorId));
            oneSide = true;
        }
        for (var i = 0; i < (oneSide ? 1 : list.Count); i++)
            for (var j = i + 1; j < list.Count; j++)
                into.Add(new Draft(list[i].ActorId, list[j].ActorId, cue with { Mutual = true }, index, list[i].First, "noun-between"));
    }

    /// <summary>"and several Arab nations, including the UAE, Bahrain …": the names a class after "and" opens with "including" or "such as".</summary>
    private static List<PlacedMention>? MembersOfAClassAfter(IReadOnlyList<Word> words, List<PlacedMention> placed, int from)
    {
        if (from >= words.Count || words[from].Lower != "and")
            return null;
        for (var i = from + 1; i < Math.Min(words.Count - 1, from + 6); i++)
        {
            if (placed.Exists(p => p.First == i) || Stops.Contains(words[i]))
                return null;
            var opens = words[i].Lower == "including" ? 1 : words[i].Lower == "such" && words[i + 1].Lower == "as" ? 2 : 0;
            if (opens > 0)
            {
                var first = placed.FindIndex(p => p.First >= i + opens && p.First - (i + opens) <= 1);
                return first < 0 ? null : Placement.ListAround(words, placed, first).OpeningFrom(i + opens);
            }
        }
        return null;
    }

    private void NounTies(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int after, Cue cue, List<Draft> into)
    {
        var owner = Possessor(words, placed, index);
        if (owner < 0 && words[after - 1].Lower == "with")
            owner = InAStateWith(words, placed, index);
        if (owner >= 0)
        {
            var named = Named(words, placed, after, owner);
            // "India and Russia's strategic partnership": a tie owned by a pair is the pair's.
            if (named.Count == 0 && !cue.Reversed && placed[owner].First > 0 && words[placed[owner].First - 1].Lower == "and")
            {
                var pair = Placement.ListAround(words, placed, owner).EndingBefore(placed[owner].Last + 1);
                // "military bases belonging to its French, Italian and Japanese partners": the adjectives name whom "its" owns.
                if (pair.Count > 0 && pair[0].First > 0 && words[pair[0].First - 1].Lower is "its" or "their" or "his" or "her" or "our")
                    return;
                for (var i = 0; i < pair.Count; i++)
                    for (var j = i + 1; j < pair.Count; j++)
                        into.Add(new Draft(pair[i].ActorId, pair[j].ActorId, cue with { Mutual = true }, index, pair[0].First, "noun-owned-by-a-pair"));
                return;
            }
            foreach (var y in named)
                into.Add(Tie(placed[owner], y, cue, index, "noun-possessive"));
            return;
        }
        // "alleged support for the RSF from Russian mercenary group Wagner": the giver is named after "from".
        if (!cue.Hostile && !cue.Reversed && words[after - 1].Lower is "for" or "to" && ReceiverAndGiver(words, placed, after) is { } given)
        {
            into.Add(new Draft(given.Giver.ActorId, given.Receiver.ActorId, cue, index, given.Receiver.First, "noun-from"));
            return;
        }
        // "Turkey maintains its support for Hamas": "its" stands for the one whose clause it is.
        if ((ItsDoer(words, placed, index) is var its and >= 0 ? its : ParticipleDoer(words, placed, index)) is var doer and >= 0 && placed.FindIndex(p => p.First >= after && p.First - after <= 1) is var receiver and >= 0
            // "Mogadishu rallies its friends after Israel recognises Somaliland": a name after "after" opens a clause of its own.
            && !(placed[receiver].First > after && Subordinators.Contains(words[after])))
        {
            foreach (var x in Placement.ListAround(words, placed, doer).EndingBefore(index))
                foreach (var y in Placement.ListAround(words, placed, receiver).OpeningFrom(after))
                    into.Add(Tie(x, y, cue, index, "noun-its"));
            return;
        }
        // "allies of Iran such as Hezbollah"; "a reliable ally to North Korea" reads the same way.
        if (after + 1 < words.Count && (words[after].Lower == "of" || (words[after].Lower == "to" && !cue.Hostile && !cue.Reversed)))
        {
            // "After the invasion of Ukraine, Malta joined …": the name after an event's date is not its doer.
            if (AnEventTalkedAbout(words, index, cue))
                return;
            var ofIndex = placed.FindIndex(p => p.First > after && p.First - after <= 2);
            if (ofIndex < 0)
                return;
            var of = placed[ofIndex];
            var next = placed.FindIndex(p => p.First > of.Last);
            List<PlacedMention> named = [];
            List<PlacedMention> owners = [of];
            if (next >= 0 && OnlyIntroducers(words, of.Last + 1, placed[next].First))
                named = Placement.ListAround(words, placed, next).OpeningFrom(of.Last + 1);
            // "Japan is a rival of China", and the appositive "Japan, a historical rival of China"; "a key partner of the
            // United States and France" is a partner of each.
            else if (Before(words, placed, index, 8) is var y and >= 0
                && (OnlyCopula(words, placed[y].Last + 1, index) || (words[placed[y].Last + 1].Lower == "," && OnlyCopula(words, placed[y].Last + 2, index))))
            {
                named = Placement.ListAround(words, placed, y).EndingBefore(index);
                owners = Placement.ListAround(words, placed, ofIndex).OpeningFrom(of.First);
            }
            foreach (var o in owners)
                foreach (var n in named)
                    into.Add(Tie(o, n, cue, index, "noun-of"));
            return;
        }
        var subject = Before(words, placed, index, 6);
        // "Tehran and its Lebanese proxy Hizballah": a demonym right before the noun describes the noun; it is no party.
        if (subject < 0 || (placed[subject].Adjective && placed[subject].Last + 1 == index) || !OnlyCopula(words, AfterAColon(words, placed[subject].Last + 1), index))
            return;
        // "Sharif called Saudi Arabia a brotherly ally", "Tehran considers Hezbollah its closest partner": the viewer and the one viewed.
        if (Viewer(words, placed, subject) is var viewer and >= 0)
        {
            into.Add(Tie(placed[viewer], placed[subject], cue, index, "noun-regarded"));
            return;
        }
        // "Qatar and Saudi Arabia are the main funders": each backs someone else, not the other;
        // "Cuba and Venezuela are its partners": the partners of whoever "its" stands for, not of each other.
        if (cue.Reversed || OwnedByPronoun(words, placed[subject].Last + 1, index))
            return;
        var list = Placement.ListAround(words, placed, subject).EndingBefore(index);
        for (var i = 0; i < list.Count; i++)
            for (var j = i + 1; j < list.Count; j++)
                into.Add(new Draft(list[i].ActorId, list[j].ActorId, cue with { Mutual = true }, index, list[0].First, "noun-mutual"));
    }

    /// <summary>"Russia and India: a powerful alliance": a headline's colon stands where a copula would.</summary>
    private static int AfterAColon(IReadOnlyList<Word> words, int from) =>
        from < words.Count && words[from].Lower is ":" or "—" or "–" ? from + 1 : from;

    private static bool OwnedByPronoun(IReadOnlyList<Word> words, int from, int cue)
    {
        for (var i = from; i < cue; i++)
        {
            if (words[i].Lower is "its" or "their" or "his" or "her" or "our")
                return true;
        }
        return false;
    }

    /// <summary>
    /// The doer "its" or "their" (or a leader's "his" or "her") stands for when it owns the noun ("Iran has stepped up its
    /// military support to"): the nearest name before it, with only a verb between, or -1.
    /// </summary>
    private static int ItsDoer(IReadOnlyList<Word> words, List<PlacedMention> placed, int index)
    {
        var its = index - 1;
        while (its >= 0 && index - its <= 3 && words[its].Lower is not ("its" or "their" or "his" or "her") && Copulas.Contains(words[its]))
            its--;
        if (its < 1 || words[its].Lower is not ("its" or "their" or "his" or "her") || placed.Exists(p => p.First <= its && its <= p.Last))
            return -1;
        // "Sisi reiterated his full support for Haftar": "his" stands for a leader, and so for the side the leader leads.
        if (words[its].Lower is "his" or "her")
            return Before(words, placed, its, 4) is var leader and >= 0 && placed[leader].Person && OnlyVerbsBetween(words, placed[leader].Last + 1, its) ? leader : -1;
        // "China, Russia and Iran congratulated him, reaffirming their support for the Venezuelan leader": a participle
        // after the main clause's comma is done by the names the sentence opens with.
        if (its >= 2 && words[its - 2].Lower == "," && OpensAParticiple(words[its - 1]))
            return ClauseOpener(words, placed, its);
        var doer = Before(words, placed, its, 4);
        // "has fought Israel alongside its allies": a name that a verb governs is its object, not the clause's doer.
        if (doer < 0 || (placed[doer].First > 0 && !DoerMayFollow(words[placed[doer].First - 1])))
            return -1;
        return OnlyVerbsBetween(words, placed[doer].Last + 1, its) ? doer : -1;
    }

    private static readonly WordSet Declaring = new(
        "reaffirming", "pledging", "expressing", "offering", "voicing", "promising", "reiterating", "signalling", "signaling",
        "reaffirms", "reaffirmed", "pledges", "pledged", "expresses", "expressed", "offers", "offered", "voices", "voiced", "reiterates", "reiterated");

    /// <summary>
    /// "The United States backed Turkey … while reaffirming support for the SDF", "US backs Turkey, reaffirms support for SDF":
    /// a declaring verb after "while" or a comma is the clause opener's.
    /// </summary>
    private static int ParticipleDoer(IReadOnlyList<Word> words, List<PlacedMention> placed, int index)
    {
        var verb = index - 1;
        while (verb >= 0 && index - verb <= 3 && !Declaring.Contains(words[verb]) && Copulas.Contains(words[verb]))
            verb--;
        if (verb < 1 || !Declaring.Contains(words[verb]) || words[verb - 1].Lower is not ("while" or ","))
            return -1;
        var opener = ClauseOpener(words, placed, verb);
        if (opener >= 0)
            return opener;
        // "The United States … while reaffirming": the article before the opening name.
        var start = ClauseStart(words, verb);
        return start + 1 < words.Count && words[start].Lower == "the" ? placed.FindIndex(p => p.First == start + 1 && !p.Person) : -1;
    }

    /// <summary>The name that opens the clause <paramref name="inside"/> stands in (after a colon or semicolon, if any), or -1.</summary>
    private static int ClauseOpener(IReadOnlyList<Word> words, List<PlacedMention> placed, int inside)
    {
        var start = ClauseStart(words, inside);
        return placed.FindIndex(p => p.First == start && !p.Person);
    }

    /// <summary>Where the clause <paramref name="inside"/> stands in begins: after a colon, a semicolon or a dateline's dash ("ERBIL - The United States …"), and after opening phrases.</summary>
    private static int ClauseStart(IReadOnlyList<Word> words, int inside)
    {
        var start = inside;
        while (start > 0 && words[start - 1].Lower is not (":" or ";" or "-" or "—" or "–"))
            start--;
        // "In 2019, the United States backed Turkey … while reaffirming support for the SDF": the clause opens after its opening phrases.
        return start == 0 ? OpeningPhrases.MainClauseStart(words, inside) : start;
    }

    /// <summary>Whether only a verb stands between a name and its "its": "Cuba and Venezuela are its partners" is someone else's after a copula.</summary>
    private static bool OnlyVerbsBetween(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (words[i].Lower is "," or "and" or "of" or "with" or "to" or "for" or "from" or "that" or "which" or "is" or "are" or "was" or "were")
                return false;
        }
        return true;
    }

    private static bool DoerMayFollow(Word word) =>
        word.IsCapitalized || word.Lower is "the" or "," or "and" or "but" or ";" or ":" or "(" or "\"" or "while" or "as" or "since" or "because";

    private static readonly WordSet RegardVerbs = new(
        "views", "viewed", "sees", "saw", "regards", "regarded", "considers", "considered", "treats", "treated",
        "calls", "called", "labels", "labelled", "labeled", "describes", "described", "deems", "deemed", "named", "names");

    /// <summary>The actor right before the regard verb that precedes the viewed name at <paramref name="viewed"/>, or -1.</summary>
    private static int Viewer(IReadOnlyList<Word> words, List<PlacedMention> placed, int viewed)
    {
        var verb = placed[viewed].First - 1;
        // "Turkey views the YPG as an enemy": the article belongs to the name viewed.
        if (verb >= 2 && words[verb].Lower == "the")
            verb--;
        if (verb < 1 || !RegardVerbs.Contains(words[verb]) || words[verb - 1].Lower is "is" or "are" or "was" or "were" or "been" or "be")
            return -1;
        var viewer = Before(words, placed, verb, 3);
        return viewer >= 0 && placed[viewer].ActorId != placed[viewed].ActorId ? viewer : -1;
    }

    /// <summary>A mention directly before the noun (with "'s" and a few adjectives between).</summary>
    private static int Possessor(IReadOnlyList<Word> words, List<PlacedMention> placed, int index)
    {
        for (var k = placed.Count - 1; k >= 0; k--)
        {
            var p = placed[k];
            // "Iran's Lebanese proxy Hezbollah": a demonym right before the noun describes it; the owner stands before it.
            if (p.Last >= index || (p.Adjective && p.Last + 1 == index && p.First >= 2 && words[p.First - 1].Lower is "'s" or "’s"))
                continue;
            var poss = p.Last + 1;
            if (poss >= words.Count || words[poss].Lower is not ("'s" or "'" or "’s"))
                return NameAsOwner(words, p, index) ? k : -1;
            // "Washington's Kurdish ally": a people's adjective, written with a capital and naming no actor, may stand before the noun.
            return (index - poss - 1 <= 3 && OnlyCopula(words, poss + 1, index)) || RolesBefore(words, poss + 1, index) || HyphenedModifiers(words, poss + 1, index)
                || (index == poss + 2 && words[poss + 1].IsCapitalized && (!Placement.Covers(placed, poss + 1) || placed[k + 1].Adjective)) ? k : -1;
        }
        return -1;
    }

    /// <summary>"Myanmar's neighbor, biggest investor and long-term backer": other roles of the same possessor, listed before the noun.</summary>
    private static bool RolesBefore(IReadOnlyList<Word> words, int from, int to)
    {
        if (to - from > 9 || to - from < 2)
            return false;
        var listed = false;
        for (var i = from; i < to; i++)
        {
            listed |= words[i].Lower is "," or "and";
            if (!Copulas.Contains(words[i]) && !Roles.Contains(words[i]) && words[i].Lower is not ("," or "and"))
                return false;
        }
        return listed;
    }

    private static readonly WordSet Roles = new(
        "neighbor", "neighbour", "investor", "creditor", "lender", "supplier", "partner", "ally", "friend", "backer", "patron", "supporter",
        "donor", "customer", "buyer", "trading", "arms", "oil", "energy", "investment", "term", "time", "standing", "security", "defence", "defense");

    /// <summary>
    /// "Hezbollah, an Iranian proxy", "Qatar, a longtime Brotherhood supporter", "the US ally Israel": a name or demonym
    /// right before the noun, after an article, owns it as a possessive would.
    /// </summary>
    private static bool NameAsOwner(IReadOnlyList<Word> words, PlacedMention name, int index)
    {
        // "a Turkish cross-border attack on the YPG": a hyphenated adjective may stand between the demonym and the noun.
        if (name.Adjective && HyphenatedAdjective(words, name.Last + 1, index))
            index = name.Last + 1;
        else if (Announced(words, name.Last + 1, index))
            index = name.Last + 1;
        else if (index - name.Last - 1 > 1 || !OnlyCopula(words, name.Last + 1, index))
            return false;
        // "an arms race with neighboring Russian ally Serbia": where the named one lies says nothing of whose the noun is.
        var before = name.First - 1;
        while (before >= 0 && name.First - before <= 2 && Nearby.Contains(words[before]))
            before--;
        // "Iranian support for Hezbollah has grown", "the rise of Chinese investment in Zimbabwe": a demonym opening the
        // sentence or a phrase owns the noun with no article.
        if (name.Adjective && (before < 0 || DemonymOpeners.Contains(words[before])))
            return true;
        for (var i = before; i >= 0 && i >= name.First - 3; i--)
        {
            if (Articles.Contains(words[i]))
                return true;
            if (!Copulas.Contains(words[i]) || ClauseVerbs.Contains(words[i]))
                return false;
        }
        return false;
    }

    private static readonly WordSet Articles = new("a", "an", "the");

    internal static readonly WordSet Announcements = new("declaration", "announcement", "pledge", "promise", "offer");

    /// <summary>"the Egyptian declaration of military assistance to Somalia": what one declares or pledges is its own.</summary>
    private static bool Announced(IReadOnlyList<Word> words, int from, int to) =>
        to - from >= 2 && Announcements.Contains(words[from]) && words[from + 1].Lower == "of" && OnlyCopula(words, from + 2, to);

    private static readonly WordSet Nearby = new("neighboring", "neighbouring", "nearby", "adjacent", "fellow");

    /// <summary>"cross-border", whether read as one word or as two joined by a hyphen.</summary>
    internal static bool HyphenatedAdjective(IReadOnlyList<Word> words, int from, int to) =>
        !words[from].IsCapitalized && (to - from == 1 && words[from].Lower.Contains('-') && words[from].Lower.Length > 3
            || to - from == 3 && words[from + 1].Lower == "-" && words[from].Lower.All(char.IsLetter) && words[from + 2].Lower.All(char.IsLetter));

    /// <summary>"the EU is in a standoff with Russia", "Kenya remains locked in a dispute with Somalia", "EU in standoff with Russia": who is in the state has it with the one after "with".</summary>
    private static int InAStateWith(IReadOnlyList<Word> words, List<PlacedMention> placed, int index)
    {
        var i = index - 1;
        while (i >= 0 && i >= index - 7 && !words[i].IsCapitalized && (words[i].Lower.All(char.IsLetter) || words[i].Lower == "-") && words[i].Lower != "in")
            i--;
        if (i < 1 || words[i].Lower != "in")
            return -1;
        var before = i - 1;
        while (before >= 0 && StateVerbs.Contains(words[before]))
            before--;
        // "Meanwhile, locked in a border stand-off with China, India has …": a fronted phrase's doer follows its comma.
        if (before < i - 1 && (before < 0 || (words[before].Lower == "," && before <= 2)))
            return DoerAfterThePhrase(words, placed, index);
        // A headline drops the verb: "Austria says EU in standoff with Russia".
        if (before < 0)
            return -1;
        return Placement.IndexEndingAt(placed, before);
    }

    private static int DoerAfterThePhrase(IReadOnlyList<Word> words, List<PlacedMention> placed, int index)
    {
        var comma = index + 1;
        while (comma < words.Count && words[comma].Lower is not ("," or "." or ";"))
            comma++;
        if (comma + 1 >= words.Count || words[comma].Lower != ",")
            return -1;
        var doer = Placement.IndexOpeningAt(placed, comma + 1);
        return doer >= 0 ? doer : words[comma + 1].Lower == "the" ? Placement.IndexOpeningAt(placed, comma + 2) : -1;
    }

    private static readonly WordSet StateVerbs = new(
        "is", "are", "was", "were", "remains", "remain", "remained", "been", "has", "have", "had", "now", "still", "currently", "already",
        "locked", "engaged", "embroiled", "mired", "caught", "entangled", "once", "again", "increasingly");

    private static readonly WordSet DemonymOpeners = new("of", "amid", "despite", "with", "without", "through", "thanks", "to", "after", "since", "and", ",", ";", ":");

    /// <summary>
    /// Who the noun names: a list after it ("X's allies, such as Y and Z"), else an appositive or a
    /// subject before the possessor ("Y, X's ally"; "Y is X's ally").
    /// </summary>
    private static List<PlacedMention> Named(IReadOnlyList<Word> words, List<PlacedMention> placed, int from, int owner)
    {
        var next = placed.FindIndex(p => p.First >= from);
        if (next >= 0 && OnlyIntroducers(words, from, placed[next].First))
        {
            var list = Placement.ListAround(words, placed, next).OpeningFrom(from);
            // "Since Russia's invasion, Budapest has blocked weapons": a name that goes on to a verb opens the next clause.
            return list.Count > 0 && words[from].Lower == "," && OpensAClause(words, list[^1].Last + 1) ? [] : list;
        }
        var before = owner - 1;
        if (before >= 0)
        {
            var between = (placed[before].Last + 1, placed[owner].First);
            if (OnlyIntroducers(words, between.Item1, between.Item2) || OnlyCopula(words, between.Item1, between.Item2)
                || (words[between.Item1].Lower == "," && OnlyCopula(words, between.Item1 + 1, between.Item2))
                // "The United States, a key player in the region, is Brazil's second-largest export market": past an aside.
                || (CommaAsides.Close(words, between.Item1, between.Item2) is var close and > 0 && OnlyCopula(words, close + 1, between.Item2)))
                return Placement.ListAround(words, placed, before).EndingBefore(placed[owner].First);
        }
        return [];
    }

    private static readonly WordSet ClauseVerbs = new("has", "have", "had", "is", "are", "was", "were", "will", "would", "says", "said", "can", "could");

    private static bool OpensAClause(IReadOnlyList<Word> words, int at) =>
        at < words.Count && (ClauseVerbs.Contains(words[at]) || (!words[at].IsCapitalized && words[at].Lower.Length > 4 && words[at].Lower.EndsWith("ed", StringComparison.Ordinal)));

    private static (PlacedMention Receiver, PlacedMention Giver)? ReceiverAndGiver(IReadOnlyList<Word> words, List<PlacedMention> placed, int after)
    {
        var r = placed.FindIndex(p => p.First >= after && p.First - after <= 1);
        if (r < 0)
            return null;
        var from = placed[r].Last + 1;
        if (from >= words.Count || words[from].Lower != "from")
            return null;
        PlacedMention? giver = null;
        foreach (var p in placed)
        {
            if (p.First <= from || p.First > from + 5)
                continue;
            // "from Russian mercenary group Wagner": the name, not the demonym before it.
            if (giver is null || (giver.Adjective && !p.Adjective))
                giver = p;
        }
        return giver is null || giver.ActorId == placed[r].ActorId ? null : (placed[r], giver);
    }

    private static Draft Tie(PlacedMention owner, PlacedMention named, Cue cue, int index, string rule) =>
        cue.Reversed
            ? new Draft(named.ActorId, owner.ActorId, cue, index, Math.Min(owner.First, named.First), rule)
            : new Draft(owner.ActorId, named.ActorId, cue, index, Math.Min(owner.First, named.First), rule);

    /// <summary>
    /// "Russia's large-scale invasion of Ukraine", "Iran's long-running military support for": a modifier written with a hyphen
    /// ("large-scale", "full-scale") stands before the noun as one word, beside the usual ones.
    /// </summary>
    private static bool HyphenedModifiers(IReadOnlyList<Word> words, int from, int to)
    {
        if (to - from > 5)
            return false;
        var hyphened = false;
        for (var i = from; i < to; i++)
        {
            if (i + 2 < to && Placement.GluedHyphen(words, i + 1) && words[i + 1].End == words[i + 2].Start
                && Lowercase(words[i]) && Lowercase(words[i + 2]))
            {
                hyphened = true;
                i += 2;
            }
            else if (!Copulas.Contains(words[i]))
                return false;
        }
        return hyphened;

        static bool Lowercase(Word word) => !word.IsCapitalized && word.Lower.All(char.IsLetter);
    }

    private static bool OnlyCopula(IReadOnlyList<Word> words, int from, int to)
    {
        if (to - from > 7)
            return false;
        for (var i = from; i < to; i++)
        {
            if (!Copulas.Contains(words[i]) && !words[i].Lower.EndsWith("n't", StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    private static bool OnlyIntroducers(IReadOnlyList<Word> words, int from, int to)
    {
        if (to - from > 4)
            return false;
        for (var i = from; i < to; i++)
        {
            if (!Introducers.Contains(words[i]))
                return false;
        }
        return true;
    }
}
