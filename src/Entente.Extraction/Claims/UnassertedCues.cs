namespace Entente.Extraction.Claims;

/// <summary>
/// Cues that assert no tie. "The friendship we want with Iran", "Baghdad wants a partnership with Ankara":
/// a tie someone wishes for is not a tie that exists, nor is one someone is urged to make ("urged Qatar to
/// cut ties with Hamas"), one still negotiated, one asked about, or a defence against someone; nor do
/// most accusations (UnassertedCues.Accusations) or words used otherwise in their place (UnassertedCues.WordUses).
/// </summary>
internal static partial class UnassertedCues
{
    private static readonly WordSet Wanting = new("want", "wants", "wanted", "seek", "seeks", "sought", "hope", "hopes", "hoped", "desire", "desires", "wish", "wishes");
    private static readonly WordSet Striving = new("seeking", "hoping", "wishing", "wanting", "pursuing");
    private static readonly WordSet Comparatives = new("closer", "deeper", "stronger", "warmer", "better", "broader");
    private static readonly WordSet HostileAims = new("topple", "overthrow", "destroy", "oust", "eliminate", "annihilate", "crush", "counter", "combat", "fight", "confront", "defeat", "eradicate");
    private static readonly WordSet Wishers = new("we", "they", "it", "he", "she", "i", "you");
    private static readonly WordSet Articles = new("a", "an", "the", "for", "closer", "new", "deeper", "better");

    // "others have urged Qatar to cut ties with Hamas": what someone is urged to do has not been done.
    private static readonly WordSet Urging = new(
        "urged", "urges", "urge", "urging", "asked", "asks", "pressed", "presses", "pressing", "pressured", "pressuring", "encouraged",
        "encourages", "told", "on", "demanded", "demands", "wants", "wanted", "want", "invited", "invites",
        // "There is a real opportunity for the United States to strengthen ties with": a chance is not yet taken.
        "opportunity", "chance",
        // "would require Serbia to recognise Kosovo": an obligation is not yet met.
        "require", "requires", "required", "requiring", "oblige", "obliges", "obliged");

    private static bool Test(IReadOnlyList<Word> words, int index, int length) =>
        Wanted(words, index, length) || Urged(words, index) || Negotiated(words, index) || AskedWho(words, index)
        || DefendsAgainst(words, index, length) || NotAnAccusation(words, index)
        || NotAGift(words, index, length) || ThreatOfAnAct(words, index, length) || Halted(words, index) || Blocked(words, index) || MembershipWithdrawn(words, index)
        || Prospective(words, index) || DescribesGroups(words, index, length) || NounDescribesOthers(words, index, length) || SupportsADownfall(words, index, length) || TrainingAsANoun(words, index) || InIsADate(words, index, length)
        || ImprovedWithoutRelations(words, index, length) || BacksAnIdea(words, index, length) || OpposedToAnAct(words, index, length)
        || ArmsAsANoun(words, index, length) || HostileTopic(words, index) || VerbalAttack(words, index) || FoughtIn(words, index, length) || FightingNoOneNamed(words, index, length)
        || NamesABody(words, index, length) || StrikesABargain(words, index, length) || HeadsSomewhere(words, index, length) || IncludedInAThing(words, index, length)
        || FoughtAlongside(words, index, length) || WarOnASide(words, index, length) || PresenceSentAway(words, index, length) || PresenceAttacked(words, index) || PointsBack(words, index, length)
        || SharedThreat(words, index) || SettlesAConflict(words, index, length)
        || VerbFormAsANoun(words, index, length) || CountedAllies(words, index) || AlliesOfTheNamed(words, index)
        || AttacksAThing(words, index, length) || ShipsAsANoun(words, index) || SupplyAsANoun(words, index) || ProxyOfAWar(words, index, length)
        || UnderCommand(words, index, length) || Charged(words, index) || SentHome(words, index)
        || Supposed(words, index) || NearAPlace(words, index, length) || PeopleDrawnAway(words, index, length) || WithdrawnFromAnAct(words, index, length) || MemberAsAnObject(words, index, length) || CountriesOfNoBloc(words, index) || CollectiveDefence(words, index, length)
        || AttemptOfNoOneNamed(words, index) || DoneByTheUnnamed(words, index) || DependsOnAnAct(words, index, length) || OfTheUnnamed(words, index, length) || ProtectionFromAThreat(words, index, length) || AnyThreat(words, index) || TradeThreats(words, index) || ThreatsOfNoOne(words, index, length) || OnlyAnObserver(words, index)
        || SentCloser(words, index, length) || CountedAgainstAnother(words, index, length) || FightsForAThing(words, index, length) || Wondered(words, index);

    /// <summary>"ties with Nauru and other island states, whether they recognise Taiwan or not": what is wondered is not said.</summary>
    private static bool Wondered(IReadOnlyList<Word> words, int index)
    {
        for (var i = index - 1; i >= 0 && index - i <= 6; i--)
        {
            if (words[i].Lower is "," or ";" or "." or ":" or "–" or "—")
                return false;
            if (words[i].Lower == "whether")
                return true;
        }
        return false;
    }

    /// <summary>
    /// "its rejection of any threat to its security", "any attack on a member is an attack on the whole Council": a threat or an
    /// attack that may come is none made, nor is what it is said to be.
    /// </summary>
    private static bool AnyThreat(IReadOnlyList<Word> words, int index)
    {
        if (!ThreatNouns.Contains(words[index]))
            return false;
        for (var i = index - 1; i >= 0; i--)
        {
            if (words[i].Lower is "any" or "every" && ThreatNouns.Contains(words[i + 1]))
                return true;
        }
        return false;
    }

    /// <summary>"in response to threats from Trump, who has warned of sweeping tariffs": threats of tariffs are trade pressure between partners, no enmity.</summary>
    private static bool TradeThreats(IReadOnlyList<Word> words, int index)
    {
        if (words[index].Lower != "threats")
            return false;
        foreach (var w in words)
        {
            if (w.Lower is "tariff" or "tariffs")
                return true;
        }
        return false;
    }

    private static readonly WordSet GenericThreats = new(
        "global", "growing", "rising", "new", "emerging", "common", "external", "hybrid", "increasing", "evolving", "mounting", "modern", "current", "future");

    private static readonly WordSet ThreatsReach = new("from", "of", "to", "by", "against", "posed", "toward", "towards", "facing", "on");

    /// <summary>"As global threats increase, the UK's commitment to Nato …": threats of a kind, from no one named, make no foe of the next name.</summary>
    private static bool ThreatsOfNoOne(IReadOnlyList<Word> words, int index, int length) =>
        // Plural only: "China is seen as an increasing threat" says whose the threat is.
        length == 1 && words[index].Lower == "threats" && index > 0 && GenericThreats.Contains(words[index - 1])
        && (index < 2 || words[index - 2].Lower is not ("pose" or "poses" or "posed" or "posing" or "'s" or "’s"))
        && (index + 1 >= words.Count || (!ThreatsReach.Contains(words[index + 1]) && !words[index + 1].IsCapitalized));

    private static readonly WordSet ThreatNouns = new("threat", "threats", "attack", "attacks", "aggression", "infringement", "interference", "war", "conflict", "invasion");

    /// <summary>"a pact under which an attack on one is treated as an attack on all": the defence clause of an alliance, not an attack.</summary>
    private static bool CollectiveDefence(IReadOnlyList<Word> words, int index, int length)
    {
        var after = index + length;
        if (after < words.Count && words[after].Lower is "on" or "against")
            after++;
        return words[index].Lower.StartsWith("attack", StringComparison.Ordinal) && after < words.Count && AnyMember.Contains(words[after]);
    }

    private static readonly WordSet AnyMember = new("one", "all", "any", "either", "another");

    private static readonly WordSet Attempts = new("attempts", "attempt", "efforts", "effort", "plans", "plots", "bids", "moves", "schemes");

    /// <summary>"to combat attempts to destabilize the former": the one named after the attempt is its target, not the verb's.</summary>
    internal static bool StrikesAnAttempt(IReadOnlyList<Word> words, int after) =>
        after + 1 < words.Count && Attempts.Contains(words[after]) && words[after + 1].Lower == "to";

    /// <summary>
    /// "worked alongside Romania to combat attempts to destabilize the former": whoever attempts is not named, so
    /// no one named before is the doer. "Russian attempts", "Moscow's attempts" and "its attempts" say whose.
    /// </summary>
    private static bool AttemptOfNoOneNamed(IReadOnlyList<Word> words, int index)
    {
        var noun = words[index].Lower == "to" ? index - 1 : index - 2;
        if (noun < 1 || words[noun + 1].Lower != "to" || !Attempts.Contains(words[noun]))
            return false;
        var before = words[noun - 1];
        return !before.IsCapitalized && before.Lower is not ("'s" or "’s" or "its" or "their" or "his" or "her" or "our");
    }

    /// <summary>"the deal's success depends on Rwanda ending support for M23": what one depends on is the other's act, not the other.</summary>
    private static bool DependsOnAnAct(IReadOnlyList<Word> words, int index, int length)
    {
        if (!words[index].Lower.StartsWith("depend", StringComparison.Ordinal) && !words[index].Lower.StartsWith("reli", StringComparison.Ordinal)
            && !words[index].Lower.StartsWith("rely", StringComparison.Ordinal))
            return false;
        var i = index + length;
        if (i < words.Count && words[i].Lower == "the")
            i++;
        var name = i;
        while (i < words.Count && i - name < 4 && words[i].IsCapitalized)
            i++;
        return i > name && i < words.Count && words[i].Lower.EndsWith("ing", StringComparison.Ordinal) && !words[i].IsCapitalized;
    }

    private static readonly WordSet UnnamedDoers = new("those", "anyone", "anybody", "everyone", "everybody", "whoever");

    /// <summary>
    /// "warned those collaborating with ECOWAS", "anyone who backs the rebels": the doer is whoever fits the description,
    /// so the act ties no one named to the one it names.
    /// </summary>
    private static bool DoneByTheUnnamed(IReadOnlyList<Word> words, int index)
    {
        var before = index - 1;
        var relative = before >= 0 && words[before].Lower is "who" or "that";
        if (relative)
            before--;
        return before >= 0 && UnnamedDoers.Contains(words[before]) && (relative || words[index].Lower.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>
    /// "its forces are there to defend against Hutu militiamen": what follows "against" is the threat, and
    /// the one defended is not named, so the verb ties no one to the subject.
    /// </summary>
    private static bool DefendsAgainst(IReadOnlyList<Word> words, int index, int length)
    {
        var last = words[index + length - 1].Lower;
        var after = index + length;
        return after < words.Count && words[after].Lower == "against"
            && (last.StartsWith("defen", StringComparison.Ordinal) || last.StartsWith("protect", StringComparison.Ordinal) || last.StartsWith("guard", StringComparison.Ordinal));
    }

    /// <summary>
    /// "readers asked who Argentina counts on abroad": in an embedded question the one relied on is the
    /// "who" itself, so no name after the verb is. Only a name stands between "who" and the verb; in
    /// "Iran, who relies on Russia" the verb follows "who" at once and is read as usual, and in "Hezbollah,
    /// whom Iran arms" the name before the comma is the one armed, which the relative-clause reading finds.
    /// </summary>
    private static bool AskedWho(IReadOnlyList<Word> words, int index)
    {
        var i = index - 1;
        while (i >= 0 && (words[i].IsCapitalized || words[i].Lower is "'s" or "’s" or "-"))
            i--;
        return i >= 0 && i < index - 1 && words[i].Lower is "who" or "whom" && (i < 2 || words[i - 1].Lower != "," || !words[i - 2].IsCapitalized);
    }

    // "working on a normalization deal with Saudi Arabia": work on a tie is talk about it.
    private static readonly WordSet TalkNouns = new("talks", "negotiations", "negotiation", "discussions", "working", "work", "works");

    private static readonly WordSet Negotiating = new("negotiating", "negotiate", "negotiates", "pursuing", "pursue", "pursues", "exploring", "explore", "explores");
    private static readonly WordSet NounModifiers = new("a", "an", "the", "new", "strategic", "comprehensive", "closer", "deeper", "formal", "possible", "future");

    /// <summary>"talks on a strategic partnership agreement with the EU", "negotiating a defence pact with": a tie still being negotiated does not exist yet.</summary>
    private static bool Negotiated(IReadOnlyList<Word> words, int index)
    {
        var i = index - 1;
        while (i >= 1 && NounModifiers.Contains(words[i]))
            i--;
        return (i >= 1 && words[i].Lower is "on" or "about" or "over" or "towards" or "toward" && TalkNouns.Contains(words[i - 1])) || (i >= 0 && i < index - 1 && Negotiating.Contains(words[i]));
    }

    private static bool Urged(IReadOnlyList<Word> words, int index)
    {
        // "urged Qatar to cut ties", "called on Turkey to stop arming Hamas", "urged the authorities to instead move closer to Beijing".
        // "urged Tehran to strengthen diplomatic and economic ties with": the words of the tie may stand between.
        // "urged Serbia to recognise Kosovo": the cue may open with the "to" itself.
        var to = words[index].Lower == "to" ? index : -1;
        for (var i = index - 1; i >= 2 && index - i <= 5 && to < 0; i--)
        {
            if (words[i].Lower is "," or ";" or "." or ":")
                return false;
            if (words[i].Lower == "to")
                to = i;
        }
        return to >= 0 && UrgedTo(words, to, 2);
    }

    /// <summary>Whether an urging word stands before the "to" at <paramref name="to"/>, or before the "to" of a clause it is joined to.</summary>
    private static bool UrgedTo(IReadOnlyList<Word> words, int to, int joinsLeft)
    {
        // "called on the international community, including the United Nations and the African Union, to provide": the urged
        // are named in a list set off by commas, which a plain aside may not hold.
        var before = ListAsideOpen(words, to - 1);
        var last = before >= 0 ? before : to;
        // "wanted the A.U. to support": the dots of initials are no sentence's end and no words of their own.
        for (int i = last - 1, seen = 0; i >= 1 && seen < 5; i--)
        {
            if (InitialsDot(words, i))
                continue;
            seen++;
            if (Urging.Contains(words[i]) && (words[i].Lower != "on" || words[i - 1].Lower is "called" or "calls" or "calling"))
                return true;
            if (words[i].Lower is "." or ";" or ",")
                break;
        }
        // "would require Serbia to normalise ties and, in the longer run, to recognise Kosovo": the second "to" is urged with the first.
        var joint = to - 1;
        if (joint >= 0 && words[joint].Lower == ",")
        {
            var open = joint - 2;
            while (open >= 1 && joint - open <= CommaAsides.Longest && words[open].Lower != ",")
                open--;
            joint = open >= 1 && words[open].Lower == "," && CommaAsides.Close(words, open) == joint ? open - 1 : -1;
        }
        if (joinsLeft == 0 || joint < 1 || words[joint].Lower is not ("and" or "or"))
            return false;
        for (var i = joint - 1; i >= 1 && joint - i <= 5; i--)
        {
            if (words[i].Lower is "," or ";" or "." or ":")
                return false;
            if (words[i].Lower == "to")
                return UrgedTo(words, i, joinsLeft - 1);
        }
        return false;
    }

    /// <summary>The last dot of initials ("A.U." is the word "A.U" and a dot), or the dot after a capital standing alone.</summary>
    private static bool InitialsDot(IReadOnlyList<Word> words, int i) =>
        words[i].Lower == "." && i >= 1 && words[i - 1].Text is var before && char.IsUpper(before[0])
        && (before.Length == 1 || (before.Length >= 3 && before[^2] == '.' && char.IsUpper(before[^1])));

    private static readonly WordSet ListOpeners = new("including", "notably", "especially", "particularly", "such");

    /// <summary>The comma that opens an aside listing examples ("…, including X and Y,") and closing at <paramref name="close"/>; -1 where there is none.</summary>
    private static int ListAsideOpen(IReadOnlyList<Word> words, int close)
    {
        if (close < 2 || words[close].Lower != ",")
            return -1;
        for (var i = close - 2; i >= 1 && close - i <= 14; i--)
        {
            if (words[i].Lower is ";" or "." or ":" or "(" or ")")
                return -1;
            if (words[i].Lower == ",")
                return ListOpeners.Contains(words[i + 1]) ? i : -1;
        }
        return -1;
    }

    private static readonly WordSet NewSteps = new("establishing", "opening", "building", "setting", "creating", "forming", "joining", "acquiring", "hosting", "signing");

    private static bool Wanted(IReadOnlyList<Word> words, int index, int length)
    {
        // "Al-Shabaab has sought to topple Somalia's government", "seeking to counter jihadist groups": to want someone
        // overthrown or fought is hostility enough.
        if (HostileAims.Contains(words[index + length - 1]))
            return false;
        // "the friendship we want": a wisher and a wanting verb right after the noun.
        var after = index + length;
        if (after + 1 < words.Count && Wishers.Contains(words[after]) && Wanting.Contains(words[after + 1]))
            return true;
        // "expressed interest in establishing bases in the country": a new step one is interested in is not taken ("interest in
        // increasing cooperation" speaks of cooperation that is there).
        if (index >= 3 && NewSteps.Contains(words[index - 1]) && words[index - 2].Lower == "in" && words[index - 3].Lower is "interest" or "interested")
            return true;
        // "wants a partnership", "hopes for closer cooperation".
        for (var i = index - 1; i >= 0 && i >= index - 3; i--)
        {
            if (Wanting.Contains(words[i]))
                return true;
            // "confessed to seeking closer ties with Beijing": more of a tie is wished for, while "seeking a resumption of
            // relations" announces a step taken.
            if (Striving.Contains(words[i]) && Comparatives.Contains(words[i + 1]))
                return true;
            if (!Articles.Contains(words[i]))
                return false;
        }
        return false;
    }
}
