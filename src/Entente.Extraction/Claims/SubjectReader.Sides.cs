namespace Entente.Extraction.Claims;

// Which side of a cue the subject stands on, and what a contrast ("but", "yet") after an actor makes the point.
internal sealed partial class SubjectReader
{
    /// <summary>
    /// A verb ties the names on its two sides: with the subject named, it must stand across the cue from
    /// the other actor ("The Iranian-backed Houthis fired missiles at ships" ties no one to Iran). Nouns
    /// ("X is a rival") need no such order.
    /// </summary>
    private static bool Opposite(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other)
    {
        if (cue.Value.Form is CueForm.Noun)
            return true;
        var otherBefore = other.Last < cue.Index;
        // "Sudan's government, which Cairo has supported": the relative clause puts the doer between its object and the verb.
        if (otherBefore)
        {
            foreach (var p in placed)
            {
                if (p.ActorId == subject && p.First > other.Last && p.Last < cue.Index && p.First > 0
                    && words[p.First - 1].Lower is "which" or "whom" && cue.Index - p.Last <= 3)
                    return true;
            }
        }
        // "Iran, which opposes any change to its border with Armenia": a hostile verb strikes what stands right after it.
        // "Trinidad, whose prime minister backed the American deployment, has been accused by Caracas …": nor does any verb reach past a comma.
        var reach = cue.Value.Hostile && cue.Value.Form == CueForm.Active ? 4 : cue.Value.Form == CueForm.Active ? 6 : int.MaxValue;
        foreach (var p in placed)
        {
            if (p.ActorId == subject && !Modifies(words, p) && !Placement.IsPlace(words, p)
                && (otherBefore
                    ? p.First >= cue.Index + cue.Length && p.First - (cue.Index + cue.Length) < reach && !CueReader.OpensClause(words, p, cue.Index)
                        && !(cue.Value.Form == CueForm.Active && CommaBetween(words, cue.Index + cue.Length, p.First))
                        // "vows to ramp up cartel strikes but praises Mexico": a verb does not reach past "but".
                        && !BreakBetween(words, cue.Index + cue.Length, p.First)
                    : p.Last < cue.Index && !MainClauseBetween(words, p.Last + 1, cue.Index)
                        // "the group declared its allegiance to al-Qaeda": the pronoun inside the cue names its doer.
                        || p.First > cue.Index && p.Last < cue.Index + cue.Length - 1))
                return true;
        }
        return false;
    }

    private static bool BreakBetween(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (ClauseBreaks.Contains(words[i]))
                return true;
        }
        return false;
    }

    /// <summary>The cue's areas, then the unit's, each once in the order first met (as Concat then Distinct gave them).</summary>
    private static List<Area> Union(IReadOnlyList<Area> first, IReadOnlyList<Area> second)
    {
        var all = new List<Area>(first.Count + second.Count);
        foreach (var a in first)
        {
            if (!all.Contains(a))
                all.Add(a);
        }
        foreach (var a in second)
        {
            if (!all.Contains(a))
                all.Add(a);
        }
        return all;
    }

    private static readonly WordSet Contrasts = new("but", "yet", "still", "however", "although", "though");

    /// <summary>Where the first contrast word after the actor stands, or -1.</summary>
    private static int ContrastAfter(IReadOnlyList<Word> words, PlacedMention other)
    {
        for (var i = other.Last + 1; i < words.Count; i++)
        {
            if (Contrasts.Contains(words[i]))
                return i;
        }
        return -1;
    }

    /// <summary>"Greece: a NATO ally, but still a rival over the Aegean": what follows the contrast is the point.</summary>
    /// <remarks><paramref name="contrast"/>: <see cref="ContrastAfter"/> of the actor.</remarks>
    private static (int Index, int Length, Cue Value)? ContrastingHostile(List<(int Index, int Length, Cue Value)> cues, PlacedMention other, int contrast)
    {
        if (contrast < 0)
            return null;
        var eased = false;
        foreach (var c in cues)
            eased |= c.Index > other.Last && c.Index < contrast && !c.Value.Hostile;
        if (!eased)
            return null;
        foreach (var c in cues)
        {
            if (c.Index > contrast && c.Index - contrast <= 4 && c.Value.Hostile)
                return c.Value is null ? null : c;
        }
        return null;
    }

    /// <summary>
    /// "Iran is a large trading partner, yet the two dispute three islands, and Abu Dhabi treats Tehran as a
    /// rival": after a contrast, a hostile cue right beside another mention of the same actor is the point.
    /// </summary>
    /// <remarks><paramref name="contrast"/>: <see cref="ContrastAfter"/> of the actor.</remarks>
    private static (int Index, int Length, Cue Value)? HostileByAnotherName(List<PlacedMention> placed, List<(int Index, int Length, Cue Value)> cues, PlacedMention other, int contrast)
    {
        if (contrast < 0)
            return null;
        foreach (var c in cues)
        {
            if (c.Index > contrast && c.Value.Hostile && NamedNear(placed, other.ActorId, contrast, c))
                return c.Value is null ? null : c;
        }
        return null;
    }

    private static bool NamedNear(List<PlacedMention> placed, string actorId, int after, (int Index, int Length, Cue Value) cue)
    {
        foreach (var p in placed)
        {
            if (p.ActorId == actorId && p.First > after && Distance(cue.Index, cue.Length, p) <= 3)
                return true;
        }
        return false;
    }

    /// <summary>
    /// "The UN Panel of Experts on Yemen described cooperation between the Houthis and al-Shabaab": a tie said to be
    /// between a named pair holds between them, not with a name outside the pair.
    /// </summary>
    private static readonly WordSet PairNouns = new("two", "countries", "sides", "neighbours", "neighbors", "governments", "nations", "capitals", "states");

    private static readonly WordSet ClauseOpeners = new("it", "they", "he", "she", "we", "but", "while", "when", "although", "though", "yet");

    /// <summary>
    /// "a conflict between the US, Nato and Russia", said by the ANC: where "between" names two or more others and not
    /// the subject, the tie is theirs; the cue readers pair them.
    /// </summary>
    private static bool APairWithoutTheSubject(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other)
    {
        var between = cue.Index + cue.Length;
        if (words[between - 1].Lower == "between")
            between--;
        // "the illicit military cooperation” between Russia and North Korea": a closing quote may end the quoted noun.
        else if (between + 1 < words.Count && words[between].Lower is "”" or "\"" or "’")
            between++;
        if (between >= words.Count || words[between].Lower != "between" || other.First <= between || cue.Value.Form == CueForm.Mediation || cue.Value.Relation == RelationType.Mediator)
            return false;
        // Counted up to the clause's end rather than as a list: "the US, Nato and Russia" is one even where "Nato" is no name we know.
        var end = between + 1;
        // "As tensions between the DRC and Rwanda intensified, it was Lourenço who …": a comma before a new clause's opener ends it too.
        while (end < words.Count && end - between <= 16 && words[end].Lower is not ("." or ";" or ":" or "that" or "which" or "who")
            && !(words[end].Lower == "," && end + 1 < words.Count && ClauseOpeners.Contains(words[end + 1])))
            end++;
        var another = false;
        var opensOnAName = false;
        foreach (var p in placed)
        {
            if (p.First <= between || p.Last >= end)
                continue;
            if (p.ActorId == subject)
                return false;
            another |= p.ActorId != other.ActorId;
            opensOnAName |= p.First <= between + 2 || OfficeHolderOf(words, between + 1, p.First);
        }
        return another && opensOnAName && other.Last < end;
    }

    /// <summary>"between President Félix Tshisekedi of the DRC and …": an office and a person's name before "of" and the state.</summary>
    private static bool OfficeHolderOf(IReadOnlyList<Word> words, int from, int named)
    {
        if (named - from > 6 || named - from < 3 || words[named - 1].Lower is not ("of" or "the"))
            return false;
        for (var i = from; i < named; i++)
        {
            if (!(words[i].IsCapitalized || words[i].Lower is "of" or "the"))
                return false;
        }
        return true;
    }

    /// <summary>
    /// "As tensions between the DRC and Rwanda intensified over border aggression": a hostile word later in the clause that
    /// opened on a pair's tension is the pair's, where the subject is not named in it.
    /// </summary>
    private static bool HostilityOfAPairBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other)
    {
        if (!cue.Value.Hostile || other.Last >= cue.Index)
            return false;
        for (var i = other.First - 1; i > 0 && cue.Index - i <= 24; i--)
        {
            if (words[i].Lower is "," or ";" or "." or ":")
                return false;
            if (words[i].Lower != "between")
                continue;
            if (!TensionNouns.Contains(words[i - 1]))
                return false;
            foreach (var p in placed)
            {
                if (p.ActorId == subject && p.First > i && p.Last < cue.Index)
                    return false;
            }
            return true;
        }
        return false;
    }

    private static readonly WordSet TensionNouns = new("tensions", "tension", "conflict", "war", "rivalry", "dispute", "feud", "standoff", "hostilities", "clashes", "fighting", "confrontation", "enmity");

    private static bool OutsideTheBetween(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        // "Oman, which mediated between Iran and the US": a mediator stands outside the pair it brings together.
        if (cue.Value.Form == CueForm.Mediation || cue.Value.Relation == RelationType.Mediator)
            return false;
        var between = cue.Index + cue.Length - 1;
        if (words[between].Lower != "between")
        {
            between++;
            if (between >= words.Count || words[between].Lower != "between")
                return false;
        }
        // "trade between the two", "between them": the pair is pointed back to, and the name before may be in it.
        if (between + 2 < words.Count && (words[between + 1].Lower is "them" or "both" or "us" || words[between + 1].Lower is "the" or "their" or "our" && PairNouns.Contains(words[between + 2])))
            return false;
        if (other.First < between)
            return true;
        for (var i = between + 1; i < other.First; i++)
        {
            if (words[i].Lower is ";" or "." or "that" or "which" or "who")
                return true;
        }
        return false;
    }

    /// <summary>
    /// "how it confronts Israel versus Russia", "backs Hamas rather than Fatah", "an alliance looking to contain China": one set
    /// against the object, or the one a tie is meant to hold back, is not what a cue before it reaches. What is said of it after
    /// ("rather than ECOWAS, a union of 15 states including Benin") still holds.
    /// </summary>
    private static bool SetAgainstTheObject(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, PlacedMention mention)
    {
        var before = mention.First >= 1 && words[mention.First - 1].Lower == "the" ? mention.First - 2 : mention.First - 1;
        return cue.Index < mention.First && before >= 0 && (words[before].Lower is "versus" or "vs" or "vs."
            || (before >= 1 && (words[before - 1].Lower, words[before].Lower) is ("rather", "than") or ("instead", "of"))
            || (before >= 2 && words[before - 2].Lower == "as" && (words[before - 1].Lower, words[before].Lower) is ("opposed", "to"))
            || (!cue.Value.Hostile && Containing.Contains(words[before])));
    }

    // "The intelligence alliance looking to contain China", "a useful proxy in challenging U.S. hegemony", "boost partnerships
    // to offset Donald Trump's tariff threats": the one a tie is made to contain is no party to it.
    private static readonly WordSet Containing = new(
        "contain", "containing", "counter", "countering", "deter", "deterring", "confront", "confronting", "isolate", "isolating", "encircle",
        "encircling", "curb", "curbing", "challenge", "challenging", "undermine", "undermining", "weaken", "weakening",
        "offset", "offsetting", "counterbalance", "counterbalancing", "resist", "resisting");

    /// <summary>
    /// "It enables Burkina Faso, Mali, and Niger to collaborate in the face of external aggression", "Poland and Ukraine stand
    /// together against Russian aggression": those named before a threat they face or stand against are its targets, not its
    /// source, which is named inside the noun's phrase if at all.
    /// </summary>
    private static bool FacingTheThreat(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, PlacedMention mention)
    {
        if (!cue.Value.Hostile || cue.Value.Form != CueForm.Noun || mention.Last >= cue.Index)
            return false;
        for (var i = cue.Index - 1; i > mention.Last && cue.Index - i <= 5; i--)
        {
            if (words[i].Lower is "," or ";" or ":" or ".")
                return false;
            if (words[i].Lower == "against" || (i >= 2 && words[i].Lower == "of" && words[i - 1].Lower == "face" && words[i - 2].Lower is "the" or "in"))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "bases set up by rival nations, notably the United States and China": "rival" before a plural of states, with no owner,
    /// says those named compete with one another, not with the subject.
    /// </summary>
    private static bool RivalsOfOneAnother(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue) =>
        cue.Value.Hostile && cue.Length == 1 && words[cue.Index].Lower == "rival" && cue.Index + 1 < words.Count
        && RivalBodies.Contains(words[cue.Index + 1]) && !OwnedCue(words, cue.Index);

    private static readonly WordSet RivalBodies = new("nations", "powers", "states", "countries", "factions", "governments", "militias", "camps", "blocs", "administrations", "claimants");

    /// <summary>"unlike Manila and Hanoi, it has avoided public confrontation": those set against the subject do what it does not.</summary>
    private static bool Contrasted(IReadOnlyList<Word> words, PlacedMention mention)
    {
        for (var i = mention.First - 1; i >= 0 && mention.First - i <= 8; i--)
        {
            if (words[i].Lower == "unlike")
                return true;
            if (!(words[i].IsCapitalized || words[i].Lower is "and" or "," or "the" or "or"))
                return false;
        }
        return false;
    }

    /// <summary>"obliges Russia and North Korea to come to each other's aid": a tie both ways holds between the pair named before it.</summary>
    private static bool EachOther(IReadOnlyList<Word> words, int index, int length)
    {
        for (var i = index; i <= index + length; i++)
        {
            if (CueReader.Reciprocal(words, i))
                return true;
        }
        return false;
    }

    private static readonly WordSet Agents = new(
        "trainers", "troops", "advisers", "advisors", "instructors", "officers", "soldiers", "engineers", "contractors", "mercenaries", "forces",
        // "defending Ukraine's sovereignty against Russian aggression": the nation's own acts.
        "aggression", "invasion", "occupation");

    /// <summary>"The army has leaned on French trainers": a demonym before the nation's own agents stands for the nation.</summary>
    private static bool StandsForItsNation(IReadOnlyList<Word> words, PlacedMention mention) =>
        mention.Last + 1 < words.Count && Agents.Contains(words[mention.Last + 1]) || NamesOnesCounterparts(words, mention);

    private static readonly WordSet CounterpartNouns = new("partners", "partner", "allies", "ally", "friends", "backers", "patrons");

    /// <summary>
    /// "bases belonging to its French, Italian and Japanese partners": after "its" or "their", demonyms before a partner noun
    /// say who the partners are (without the pronoun, "Iranian allies" are Iran's allies).
    /// </summary>
    private static bool NamesOnesCounterparts(IReadOnlyList<Word> words, PlacedMention mention)
    {
        var before = mention.First - 1;
        while (before >= 0 && mention.First - before <= 8 && (words[before].Lower is "," or "and" || words[before].IsCapitalized))
            before--;
        if (before < 0 || words[before].Lower is not ("its" or "their"))
            return false;
        var after = mention.Last + 1;
        while (after < words.Count && after - mention.Last <= 8 && (words[after].Lower is "," or "and" || words[after].IsCapitalized))
            after++;
        return after < words.Count && CounterpartNouns.Contains(words[after]);
    }

    private static readonly WordSet Fronting = new("since", "after", "before", "following", "despite", "amid", "during", "until", "with", "unlike");

    /// <summary>"Since Russia's invasion, Budapest has blocked weapons": a cue in a fronted phrase does not reach past its comma, nor one after it into the phrase.</summary>
    private static bool BeyondAFrontedPhrase(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue, PlacedMention other)
    {
        if (words.Count == 0 || !Fronting.Contains(words[0]))
            return false;
        var comma = -1;
        for (var i = 1; i < words.Count && comma < 0; i++)
        {
            if (words[i].Lower == ",")
                comma = i;
        }
        if (comma < 0 || comma > cue)
            return comma > cue && other.First > comma;
        // "During the bombings between Iran, Israel and the U.S. and up to now with a tenuous ceasefire, Iran's allies have given
        // only a muted response": nor does a cue after the phrase reach back into it. A comma between two names lists them, and
        // one before "where" opens a clause inside the phrase.
        for (var i = comma; i < cue; i++)
        {
            if (words[i].Lower == "," && !(Placement.Covers(placed, i - 1) && Placement.Covers(placed, i + 1)) && words[i + 1].Lower is not ("where" or "which" or "who" or "whose" or "when"))
                return other.Last < i;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="first"/> stands inside the phrase a fronting word opens, closed by a comma the subject's name
    /// follows, and <paramref name="later"/> after that comma. "Following the U.S. deployment, attacks on vessels, and threats
    /// from Trump, Cuba …": a comma that lists does not close the phrase.
    /// </summary>
    private static bool InAFrontedPhrase(IReadOnlyList<Word> words, List<PlacedMention> placed, string subject, PlacedMention first, PlacedMention later)
    {
        if (words.Count == 0 || !Fronting.Contains(words[0]))
            return false;
        for (var i = 1; i < later.First; i++)
        {
            if (words[i].Lower == ",")
                return i > first.Last && Placement.IndexOpeningAt(placed, i + 1) is var doer and >= 0 && placed[doer].ActorId == subject;
        }
        return false;
    }

    private static readonly WordSet ThreatNouns = new("threat", "threats", "danger", "menace");
    private static readonly WordSet SourceMarkers = new("from", "by");

    /// <summary>
    /// "frustrated by Moscow's failure to appreciate the threat it perceives from China": a threat with its source named
    /// after "from" or "posed by" is that source's, and no other name's.
    /// </summary>
    private static bool SourcedElsewhere(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        var end = cue.Index + cue.Length;
        if (!cue.Value.Hostile || !ThreatNouns.Contains(words[end - 1]))
            return false;
        for (var i = end; i < words.Count && i - end < 5; i++)
        {
            if (words[i].Lower is "," or ";" or ".")
                return false;
            if (!SourceMarkers.Contains(words[i]))
                continue;
            var source = placed.Find(p => p.First > i && p.First - i <= 2);
            return source is not null && source.ActorId != other.ActorId;
        }
        return false;
    }
}

