namespace Entente.Extraction.Claims;

// How far a cue reaches: the nearest name on either side inside its clause, past an aside, not into the next clause.
internal sealed partial class CueReader
{
    /// <summary>The nearest mention ending before <paramref name="index"/> that is not a place, within reach and inside the clause.</summary>
    internal static int Before(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int reach)
    {
        for (var k = placed.Count - 1; k >= 0; k--)
        {
            if (placed[k].Last >= index || Placement.IsPlace(words, placed[k]) || Placement.Qualifies(words, placed[k]))
                continue;
            if (index - placed[k].Last - Aside(words, placed[k].Last, index) > reach || Crosses(words, placed[k].Last + 1, index))
                return -1;
            return k;
        }
        return -1;
    }

    private const int MaxRelativeClause = 24;

    private static readonly WordSet Subordinators = new("until", "after", "before", "when", "while", "although", "though", "since", "because", "once", "as", "despite", "following");

    /// <summary>
    /// "Iran is its biggest neighbour and, until Washington ended a waiver in March, sold it gas": a name inside an aside
    /// that a subordinating word opens is not the doer of the verb after the aside; the doer before it, or -1.
    /// </summary>
    internal static int PastSubordinateAside(IReadOnlyList<Word> words, List<PlacedMention> placed, int left, int verb)
    {
        var close = verb - 1;
        while (close > 0 && verb - close <= 3 && Auxiliaries.Contains(words[close]))
            close--;
        if (left < 0 || close <= placed[left].Last || words[close].Lower != ",")
            return left;
        for (var i = placed[left].First - 1; i >= 1 && close - i <= MaxRelativeClause; i--)
        {
            if (words[i].Lower is ";" or ".")
                return left;
            // "The Front, enjoying arms from Algeria, was fighting against Morocco": a participle opens an aside too.
            if (words[i].Lower == "," && (Subordinators.Contains(words[i + 1]) || OpensAParticiple(words[i + 1])))
                return Before(words, placed, words[i - 1].Lower == "and" ? i - 1 : i, MaxRelativeClause);
        }
        return left;
    }

    private static readonly WordSet ObjectPrepositions = new("with", "to", "from", "against", "on", "for");

    /// <summary>
    /// "Kiribati severed ties with Taiwan on Friday and switched relations to China", "Iran arms Hezbollah and funds Hamas":
    /// after "and" (or a comma), a name that was the object of the first verb or of its preposition is not the second verb's
    /// doer; the first verb's doer is, or no one.
    /// </summary>
    internal static int PastCoordinatedObject(IReadOnlyList<Word> words, List<PlacedMention> placed, int left, int verb, IReadOnlyList<(int Index, int Length, Cue Value)> cues)
    {
        // "signed a protocol with Somalia in August and has pledged troops to": helpers between the joint and the verb.
        // "align with the US and continue to dismantle relations with Russia": and a verb the cue's verb continues.
        var joint = verb - 1;
        while (joint > 0 && verb - joint <= 3 && (Auxiliaries.Contains(words[joint]) || ContinuingVerbs.Contains(words[joint]) || Sequels.Contains(words[joint])))
            joint--;
        if (left < 0 || joint < 0 || words[joint].Lower is not ("and" or ","))
            return left;
        // "with the United States and the EU and continue to …": the object may be a list; its first name says so.
        var head = left;
        while (head > 0 && Placement.Next(words, placed, head - 1) == head)
            head--;
        if (!AnObject(words, placed[head], cues))
            return left;
        for (var k = head - 1; k >= 0; k--)
        {
            if (AnObject(words, placed[k], cues))
                continue;
            return Crosses(words, placed[k].Last + 1, verb) ? -1 : k;
        }
        return -1;
    }

    // "withdrew recognition of Taiwan in 2004 and subsequently established relations with China": what came next.
    internal static readonly WordSet Sequels = new("subsequently", "then", "later", "soon", "eventually", "also", "instead", "immediately", "afterwards");

    private static readonly WordSet ContinuingVerbs = new("to", "continue", "continues", "continued", "keep", "keeps", "kept", "seek", "seeks", "sought", "seeking", "a", "an");

    /// <summary>"with Taiwan", "arms Hezbollah", "a member of BRICS", "joined the SCO": a name right after a preposition or a cue.</summary>
    private static bool AnObject(IReadOnlyList<Word> words, PlacedMention name, IReadOnlyList<(int Index, int Length, Cue Value)> cues)
    {
        var before = name.First - 1;
        if (before >= 1 && words[before].Lower == "the")
            before--;
        if (before < 0)
            return false;
        // "with Taiwan", and "to reach Ukraine": the object of a preposition or of an infinitive.
        if (ObjectPrepositions.Contains(words[before]) || (before >= 1 && words[before - 1].Lower == "to" && !words[before].IsCapitalized))
            return true;
        for (var c = 0; c < cues.Count; c++)
        {
            if (cues[c].Index + cues[c].Length - 1 == before)
                return true;
        }
        return false;
    }

    private static bool OpensAParticiple(Word word) =>
        IngForm(word) && !word.IsCapitalized && word.Lower is not ("including" or "according");

    /// <summary>A word of more than five letters ending in "-ing": a participle or gerund, whatever its case.</summary>
    private static bool IngForm(Word word) => word.Lower.Length > 5 && word.Lower.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// "The United States, which strikes the group and Islamic State fighters in Puntland, supports the federal army": the
    /// verb after a relative clause belongs to the name before ", which"; the index of that name, or -1.
    /// </summary>
    internal static int HeadOfRelativeClause(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue)
    {
        var close = BeforeVerbGroup(words, cue, 0);
        if (close < 3 || words[close].Lower != ",")
            return -1;
        for (var i = close - 1; i >= 1 && close - i <= MaxRelativeClause; i--)
        {
            if (words[i].Lower is "," or ";" or ".")
                return words[i].Lower == "," && words[i + 1].Lower is "which" or "who" ? placed.FindIndex(p => p.Last == i - 1) : -1;
        }
        return -1;
    }

    /// <summary>
    /// "The Axis of Resistance, as it was collectively called, consists of …": the length of an aside set
    /// off by commas right after a name and right before the cue, which puts the two no farther apart.
    /// </summary>
    private static int Aside(IReadOnlyList<Word> words, int name, int cue)
    {
        var open = name + 1;
        while (open < cue && words[open].Lower is "'" or "\"" or "’" or "”")
            open++;
        // "Iran, the armed group's patron since the 1980s, has funded and armed …": the aside may close before the
        // verb's auxiliary, an adverb ("has repeatedly accused", "has since pledged") and the verbs joined to the cue.
        var close = BeforeVerbGroup(words, cue, open);
        // "Kazakhstan and Uzbekistan, a key player in the region, signed an allied-relations treaty": a cue may open after its verb.
        if (open < close && words[close].Lower != "," && CommaAsides.Close(words, open, cue) is var comma and > 0)
            close = comma;
        if (open >= close || words[open].Lower != "," || words[close].Lower != "," || close - open - 1 > MaxAside)
            return 0;
        for (var i = open + 1; i < close; i++)
        {
            if (words[i].Lower == ",")
                return 0;
        }
        return close + 1 - open;
    }

    private const int MaxAside = 9;

    /// <summary>Where a chain of verbs joined by "and" or commas that ends at <paramref name="index"/> begins.</summary>
    private static int ChainStart(IReadOnlyList<Word> words, int index)
    {
        var start = index;
        // "re-established": the verb's prefix is part of it, and its hyphen no dash between clauses.
        if (ReHyphen(words, start))
            start -= 2;
        while (start >= 2 && words[start - 1].Lower is "and" or "," && JoinedVerb(words[start - 2]))
            start -= 2;
        return start;
    }

    /// <summary>
    /// Where the word before a verb's group stands: past the auxiliaries and the verbs joined to it ("has funded and
    /// armed"), at most four words back and no farther back than <paramref name="floor"/>.
    /// </summary>
    private static int BeforeVerbGroup(IReadOnlyList<Word> words, int verb, int floor)
    {
        var i = verb - 1;
        while (i > floor && verb - i <= 4 && (Auxiliaries.Contains(words[i]) || words[i].Lower is "and" or "since" or "never" || JoinedVerb(words[i]) || MannerAdverb(words[i])))
            i--;
        return i;
    }

    internal static bool ReHyphen(IReadOnlyList<Word> words, int verb) =>
        verb >= 2 && words[verb - 1].Lower == "-" && words[verb - 2].Lower == "re" && Placement.GluedHyphen(words, verb - 1);

    private static bool JoinedVerb(Word word) => !word.IsCapitalized && word.Lower.Length > 4 && word.Lower.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>The nearest mention starting after <paramref name="index"/> that is not a place ("fought jihadists in Mali") nor a modifier ("the Moscow-led CSTO"), within reach and inside the clause.</summary>
    internal static int After(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int reach)
    {
        for (var k = 0; k < placed.Count; k++)
        {
            // "fired missiles at Israel", "fired rockets at the Houthis": the cue's own last word is no place preposition.
            if (placed[k].First <= index || (Placement.IsPlace(words, placed[k]) && !RightAfter(words, placed[k], index)) || Placement.Qualifies(words, placed[k])
                || Placement.AfterAnti(words, placed[k]))
                continue;
            if ((placed[k].First - index > reach && !UnknownNamesListed(words, index + 1, placed[k].First)) || Crosses(words, index + 1, placed[k].First) || OpensClause(words, placed[k], index))
                return -1;
            return k;
        }
        return -1;
    }

    /// <summary>
    /// "a member of the Caribbean Development Bank, CARICOM, the Organization of Eastern Caribbean States …": names we do not
    /// know, listed with commas, stand before the first we know; the list reaches it however long they are. A count may announce
    /// them ("a member of two regional trade organizations, the Common Market …, and the SADC").
    /// </summary>
    private static bool UnknownNamesListed(IReadOnlyList<Word> words, int from, int to)
    {
        if (from < to && Counts.Contains(words[from]))
        {
            var comma = from + 1;
            while (comma < to && comma - from <= 4 && !words[comma].IsCapitalized && words[comma].Lower != ",")
                comma++;
            if (comma >= to || words[comma].Lower != ",")
                return false;
            from = comma;
        }
        if (to - from > 28 || words[to - 1].Lower is not ("," or "the" or "and"))
            return false;
        var commas = 0;
        var since = from;
        for (var i = from; i < to; i++)
        {
            if (words[i].Lower == ",")
                (commas, since) = (commas + 1, i);
            else if ((!words[i].IsCapitalized && words[i].Lower is not ("the" or "of" or "and" or "for" or "(" or ")") && !Placement.GluedHyphen(words, i))
                || i - since > MaxUnknownName)
                return false;
        }
        return commas > 0;
    }

    // "the Inter-American Development Bank (IDB)": the words of one name we do not know, its short form with them.
    private const int MaxUnknownName = 12;

    private static readonly WordSet Counts = new("two", "three", "four", "five", "six", "several", "many", "various");

    /// <summary>Whether the mention follows the word at <paramref name="index"/> directly or after "the".</summary>
    private static bool RightAfter(IReadOnlyList<Word> words, PlacedMention mention, int index) =>
        mention.First == index + 1 || (mention.First == index + 2 && words[index + 1].Lower == "the");

    private static readonly WordSet Auxiliaries = new("has", "have", "had", "is", "was", "were", "will", "would", "said", "says", "then", "later", "actively", "also", "still", "now");

    /// <summary>
    /// "Paris backed the plan in July and Algeria recalled its ambassador", "Rwanda provided military assistance after the
    /// militant group Ansar al-Sunna seized the town": a name after "and" or a subordinator that a verb follows starts a
    /// clause of its own; it is not the object of the verb before.
    /// </summary>
    internal static bool OpensClause(IReadOnlyList<Word> words, PlacedMention mention, int cue)
    {
        var next = mention.Last + 1;
        if (next >= words.Count || !(Auxiliaries.Contains(words[next]) || words[next].Lower is var verb && verb.Length > 4 && verb.EndsWith("ed", StringComparison.Ordinal)))
            return false;
        var before = mention.First - 1;
        if (before > cue + 1 && words[before].Lower == "and")
            return true;
        // Back over what the name is called ("the militant group") to the word that opens the clause.
        while (before > cue && mention.First - before <= 4 && !words[before].IsCapitalized && char.IsLetter(words[before].Lower[0]) && !ClauseOpeners.Contains(words[before]))
            before--;
        return before > cue && ClauseOpeners.Contains(words[before]);
    }

    private static readonly WordSet ClauseOpeners = new("after", "before", "when", "until", "once", "because", "since");

    private static bool Crosses(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < words.Count; i++)
        {
            if (Stops.Contains(words[i]))
                return true;
        }
        return false;
    }

    /// <summary>Whether the membership cue at <paramref name="cue"/> opens the sentence ("A member of …", "As a member of …").</summary>
    private static bool FrontedMembership(IReadOnlyList<Word> words, int cue) =>
        words[cue].Lower is "a" or "an" && (cue == 0 || (cue == 1 && words[0].Lower == "as"));

    /// <summary>The drafts of "by selling jets to Myanmar, China and Russia …": the names right after the clause's comma do it.</summary>
    private static IEnumerable<Draft> FrontedByAGerund(IReadOnlyList<Word> words, List<PlacedMention> placed, int right, int index, Cue cue)
    {
        // The list reading would run on into the doers ("to Myanmar, China and Russia"): the clause ends at the first comma.
        var target = placed[right];
        var comma = target.Last + 1;
        if (comma >= words.Count || words[comma].Lower != ",")
            yield break;
        var doer = placed.FindIndex(p => p.First > comma && p.First - comma <= 2);
        if (doer < 0)
            yield break;
        foreach (var source in Placement.ListAround(words, placed, doer).OpeningFrom(comma))
        {
            if (source.ActorId != target.ActorId)
                yield return new Draft(source.ActorId, target.ActorId, cue, index, source.First, "active-fronted");
        }
    }
}
