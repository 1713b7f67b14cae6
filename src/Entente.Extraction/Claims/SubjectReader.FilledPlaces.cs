namespace Entente.Extraction.Claims;

// Cues the subject-centred reader leaves alone because someone else fills their places: an unknown name after the
// preposition, an event or unnamed forces before a participle, "the two sides", a view someone holds, a condition,
// the land a leader leads, "from" before a gerund, a participle on another's noun, a participle said of the clause's doer.
internal sealed partial class SubjectReader
{
    private static readonly WordSet ObjectPrepositions = new("with", "to", "for", "from", "of");

    // What may follow a name: "with Somaliland on Jan. 1", "with Somaliland." ("of Bangladeshi garments" is a demonym before its noun).
    private static readonly WordSet AfterAName = new(".", ",", ";", ":", ")", "on", "in", "and", "last", "this", "since", "over", "after", "before", "at", "to", "that", "which", "-", "—", "–");

    private static readonly WordSet Calendar = new(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>
    /// "Ethiopia signed a memorandum of understanding with Somaliland", in a piece about Somalia: a cue whose object is a name
    /// we do not know is spent on that name; the subject is not its counterpart.
    /// </summary>
    private static bool UnknownObject(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue)
    {
        // "signed a memorandum of understanding with": the preposition may come a few lowercase words after the cue.
        var end = cue.Index + cue.Length;
        var i = end;
        while (i < words.Count && i - end <= 4 && !words[i].IsCapitalized && !(ObjectPrepositions.Contains(words[i - 1]) && (words[i].Lower == "the" || words[i].IsCapitalized)))
            i++;
        // "founded by Yevgeny Prigozhin": a passive cue's "by" names its doer as the others name its object.
        var passive = i == end && words[i - 1].Lower == "by";
        if (i >= words.Count || !(ObjectPrepositions.Contains(words[i - 1]) || passive))
            return false;
        if (i < words.Count && words[i].Lower == "the")
            i++;
        // "The group was founded by Yevgeny Prigozhin", Wagner's own founder: a person named as the doer leaves no place for the subject.
        if (passive && placed.Exists(p => p.First == i && p.Person))
            return true;
        return i + 1 < words.Count && words[i].IsCapitalized && char.IsLetter(words[i].Text[0]) && !Placement.Covers(placed, i) && !Calendar.Contains(words[i])
            && AfterAName.Contains(words[i + 1]);
    }

    /// <summary>
    /// "Kenya has been hosting talks between the government and holdout rebel groups", in a piece about Uganda: the parties of
    /// a mediation are the ones after "between", and where none of them is named, the subject is not among them.
    /// </summary>
    private static bool BetweenUnnamedParties(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue)
    {
        var between = cue.Index + cue.Length;
        if (cue.Value.Form != CueForm.Mediation || between >= words.Count || words[between].Lower != "between")
            return false;
        for (var i = between + 1; i < words.Count && words[i].Lower is not ("," or ";" or "." or ":"); i++)
        {
            if (Placement.Covers(placed, i))
                return false;
        }
        return true;
    }

    /// <summary>
    /// "ratifying a deal with France at a time of high tensions with Turkey": a cue that ends on its preposition, with another
    /// actor named right after it, is that actor's; an actor before the cue is no counterpart of it.
    /// </summary>
    private static bool FilledByAnother(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other)
    {
        var end = cue.Index + cue.Length;
        if (other.Last >= cue.Index)
            return FilledBefore(words, placed, cue, subject, other);
        if (end >= words.Count || !FilledPrepositions.Contains(words[end - 1]))
            return false;
        var at = words[end].Lower == "the" ? end + 1 : end;
        return Placement.IndexOpeningAt(placed, at) is var k and >= 0 && placed[k].ActorId != subject && placed[k].ActorId != other.ActorId;
    }

    /// <summary>
    /// "signing a security deal with Australia, after lawmakers feared it could upset China": a noun's "with" filled by a name
    /// is that name's; one named farther on, and not in its list, is no party to the noun.
    /// </summary>
    private static bool FilledBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other)
    {
        var end = cue.Index + cue.Length;
        if (cue.Value.Form != CueForm.Noun || end >= words.Count)
            return false;
        if (words[end - 1].Lower is not ("with" or "against"))
        {
            if (end + 1 >= words.Count || words[end].Lower is not ("with" or "against"))
                return false;
            end++;
        }
        var at = words[end].Lower == "the" ? end + 1 : end;
        return Placement.IndexOpeningAt(placed, at) is var k and >= 0 && placed[k].Last < other.First && placed[k].ActorId != subject
            && placed[k].ActorId != other.ActorId && !SameList(words, placed, placed[k], other);
    }

    /// <summary>
    /// "While the Republic of Cyprus is an EU member, Northern Cyprus is recognised only by Ankara": a verb read as a passive
    /// whose patient is another name, right before "is", is that name's; the doer after "by" is its counterpart, not the subject's.
    /// </summary>
    private static bool PatientNamedBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other)
    {
        if (cue.Value.Form != CueForm.Active || other.First <= cue.Index || !words[cue.Index].Lower.EndsWith("ed", StringComparison.Ordinal))
            return false;
        var be = cue.Index - 1;
        if (be > 0 && words[be].Lower is "only" or "also" or "widely" or "internationally" or "formally" or "officially")
            be--;
        if (be < 1 || words[be].Lower is not ("is" or "are" or "was" or "were") || !Says(words, cue.Index + cue.Length, other.First, "by"))
            return false;
        return Placement.IndexEndingAt(placed, be - 1) is var k and >= 0 && placed[k].ActorId != subject && placed[k].ActorId != other.ActorId;
    }

    private static readonly WordSet FilledPrepositions = new("with", "against", "on", "to", "for", "in");

    private static readonly WordSet Events = new(
        "offensive", "attack", "attacks", "assault", "campaign", "operation", "operations", "invasion", "incursion", "coup", "insurgency",
        "war", "blockade", "raid", "raids", "strike", "strikes", "uprising", "rebellion");

    private static readonly WordSet Forces = new("forces", "troops", "fighters", "militias", "militiamen", "units", "soldiers", "men", "rebels", "militants", "gunmen", "proxies", "separatists", "insurgents", "mercenaries", "groups", "factions");

    /// <summary>
    /// "seeks to repel an offensive led by forces loyal to Haftar": a participle right after an event describes the event, and
    /// one right after forces no name qualifies describes those forces.
    /// </summary>
    internal static bool DescribesAnEvent(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue) =>
        cue.Value.Form == CueForm.Passive && cue.Index > 0
        && ((Events.Contains(words[cue.Index - 1]) && (words[cue.Index].Lower == "led" || words[cue.Index].Lower.EndsWith("ed", StringComparison.Ordinal))) || (Forces.Contains(words[cue.Index - 1]) && (cue.Index < 2 || !Placement.Covers(placed, cue.Index - 2))));

    /// <summary>"blown out of the skies by proxies loyal to Russian President Vladimir Putin": the phrase after the noun says whose they are.</summary>
    private static bool DescribedAfter(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue)
    {
        var after = cue.Index + cue.Length;
        return cue.Value.Form == CueForm.Noun && after + 1 < words.Count
            && (words[after].Lower == "loyal" || (words[after].Lower.EndsWith("ed", StringComparison.Ordinal) && words[after + 1].Lower is "by" or "to" or "with"));
    }

    /// <summary>"The conflict between Pakistan and Afghanistan …, and the two sides have been at loggerheads": the pair's cue, not the subject's.</summary>
    private static bool DoneByTheTwo(IReadOnlyList<Word> words, int cue)
    {
        for (var i = cue - 3; i >= 0 && cue - i <= 6; i--)
        {
            if (words[i].Lower == "the" && words[i + 1].Lower == "two" && PairNouns.Contains(words[i + 2]))
                return true;
        }
        return false;
    }

    /// <summary>"Kenya held talks with Egypt and they signed an agreement": "they" after two others named stands for those two, the doer of the cues after it.</summary>
    private static bool DoneByTwoNamedBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue)
    {
        var they = -1;
        // "and they signed an agreement aimed at bolstering security cooperation": the pair does what follows in its clause.
        for (var i = cue - 1; i >= 0 && cue - i <= 10 && they < 0 && words[i].Lower is not (";" or ":" or "."); i--)
        {
            if (words[i].Lower == "they")
                they = i;
        }
        if (they < 0)
            return false;
        string? first = null;
        foreach (var p in placed)
        {
            if (p.Last >= they)
                break;
            if (first is null)
                first = p.ActorId;
            else if (p.ActorId != first)
                return true;
        }
        return false;
    }

    private static readonly WordSet Views = new("line", "narrative", "narratives", "claim", "claims", "view", "argument", "position", "rhetoric", "version", "talking");

    /// <summary>"espoused the Russian line that the invasion was prompted by the perceived threat of NATO": a view someone holds is reported, not the subject's tie.</summary>
    private static bool InsideAView(IReadOnlyList<Word> words, int cue)
    {
        for (var i = cue - 1; i >= 1; i--)
        {
            if (words[i].Lower is ";" or ".")
                return false;
            if (words[i].Lower == "that" && Views.Contains(words[i - 1]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "if Tehran does stop arming the Houthis, it could …": what a condition supposes is not said to happen; nor what is
    /// only speculated or feared may happen ("speculation the island country could sever ties and recognize Beijing").
    /// </summary>
    private static bool Conditional(IReadOnlyList<Word> words, int cue)
    {
        var modal = false;
        for (var i = cue - 1; i >= 0 && cue - i <= 12; i--)
        {
            if (words[i].Lower is "," or ";" or "." or ":")
                return false;
            if (cue - i <= 8 && words[i].Lower is "if" or "unless")
                return true;
            // "may" in lower case: "In May, …" names a month.
            modal |= words[i].Lower is "could" or "might" or "would" || (words[i].Lower == "may" && !words[i].IsCapitalized);
            if (modal && Speculation.Contains(words[i]))
                return true;
        }
        return false;
    }

    private static readonly WordSet Speculation = new("speculation", "speculated", "rumours", "rumors", "rumoured", "rumored", "fears", "feared", "worries", "possibility");

    private static readonly WordSet LeaderNouns = new("leader", "president", "commander", "ruler", "head", "king", "chief", "emir", "sultan");

    /// <summary>"Haftar, the self-proclaimed leader of Libya, has few allies": the land a leader leads is no counterpart.</summary>
    private static bool Led(IReadOnlyList<Word> words, PlacedMention p) =>
        p.First >= 2 && words[p.First - 1].Lower == "of" && LeaderNouns.Contains(words[p.First - 2]);

    /// <summary>"blocked weapons from passing through its territory": "from" before a gerund names no source.</summary>
    private static bool FromAnAct(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue)
    {
        var after = cue.Index + cue.Length;
        return cue.Value.Form == CueForm.Passive && words[after - 1].Lower == "from" && after < words.Count && !words[after].IsCapitalized
            && words[after].Lower.Length > 4 && words[after].Lower.EndsWith("ing", StringComparison.Ordinal);
    }

    private static readonly WordSet ThingQuantities = new("number", "range", "host", "variety", "series", "string", "handful", "network", "web", "coalition", "collection", "set", "constellation", "group", "bloc");

    // Verbs of taking a side: what is imported, sent or fought ("imports a large part of the gas", "fought a battle") is a thing by nature.
    private static readonly WordSet SupportVerbs = new("support", "supports", "supported", "supporting", "back", "backs", "backed", "backing", "endorse", "endorses", "endorsed", "endorsing", "champion", "champions", "championed");

    private static readonly WordSet Aims = new(
        "dialogue", "peace", "efforts", "effort", "talks", "negotiations", "calls", "reduction", "de-escalation", "deescalation", "idea", "proposal",
        "proposals", "initiative", "initiatives", "plan", "plans", "resolution", "ceasefire", "truce", "reforms", "reform", "process", "stability");

    /// <summary>"We encourage China to support a comprehensive, just and lasting peace": a verb whose object is a thing ("a …" naming no one) ties its doer to no one.</summary>
    private static bool VerbOnAThing(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue)
    {
        var after = cue.Index + cue.Length;
        if (cue.Value.Form != CueForm.Active || !SupportVerbs.Contains(words[after - 1]) || after + 1 >= words.Count)
            return false;
        // "Turkey supported dialogue and the reduction of tension": an aim, bare or after "the", is a thing as well.
        var aim = Aims.Contains(words[after]) || (words[after].Lower == "the" && Aims.Contains(words[after + 1]));
        if (!aim && (words[after].Lower is not ("a" or "an") || ThingQuantities.Contains(words[after + 1])))
            return false;
        for (var i = after + 1; i < words.Count && words[i].Lower is not ("," or ";" or "." or ":" or "that" or "which" or "who"); i++)
        {
            if (Placement.Covers(placed, i))
                return false;
        }
        return true;
    }

    /// <summary>
    /// "donations from Canada and the U.S. to combat Haitian gangs": outlaws named by a demonym (dropped as a qualifier) are
    /// no state's, and a state the piece is about is not whom the verb strikes.
    /// </summary>
    private static bool StrikesOutlawsOfAPlace(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue)
    {
        var at = cue.Index + cue.Length;
        if (at < words.Count && words[at].Lower == "the")
            at++;
        return cue.Value.Hostile && cue.Value.Form == CueForm.Active && at + 1 < words.Count && words[at].IsCapitalized && !Placement.Covers(placed, at)
            && Outlaws.Contains(words[at + 1]);
    }

    private static readonly WordSet Outlaws = new(
        "gangs", "gang", "rebels", "insurgents", "militants", "jihadists", "pirates", "criminals", "cartels", "smugglers", "separatists", "extremists", "terrorists", "traffickers");

    private static readonly WordSet BodyPrepositions = new("of", "in", "within", "from", "to", "with", "on", "about", "toward", "towards", "inside", "outside", "into", "for");

    /// <summary>"taking a more circumspect view of the alliance.": "the alliance" after a preposition, ending its phrase, names a body the piece spoke of, not a tie.</summary>
    private static bool NamesABody(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue)
    {
        var after = cue.Index + cue.Length;
        return cue.Value.Form == CueForm.Noun && cue.Length == 1 && words[cue.Index].Lower == "alliance" && cue.Index >= 2 && words[cue.Index - 1].Lower == "the"
            && BodyPrepositions.Contains(words[cue.Index - 2]) && (after == words.Count || words[after].Lower is "." or "," or ";" or ":" or "?" or "!");
    }

    /// <summary>"from Mali, Burkina Faso and then Niger, where hostile juntas were established, Chad was the last …": a cue in a relative clause reaches no one after the clause's end.</summary>
    private static bool PastItsRelative(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        if (other.First <= cue.Index)
            return false;
        var opened = false;
        for (var i = cue.Index - 1; i >= 1 && cue.Index - i <= 6; i--)
        {
            if (words[i].Lower is "," or ";" or "." or ":")
                break;
            if (words[i].Lower is "where" or "which" or "who" or "whose" && words[i - 1].Lower == ",")
            {
                opened = true;
                break;
            }
        }
        if (!opened)
            return false;
        for (var i = cue.Index + cue.Length; i < other.First; i++)
        {
            if (words[i].Lower == ",")
                return true;
        }
        return false;
    }

    /// <summary>"Iran supplies arms to Syrian rebels", in a piece about the UAE: forces qualified by a country's name fill the cue's object, so the subject cannot.</summary>
    private static bool GivenToForcesOfAPlace(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue)
    {
        if (cue.Value.Hostile || cue.Value.Form is not (CueForm.Active or CueForm.Noun))
            return false;
        var end = cue.Index + cue.Length;
        for (var i = end; i < words.Count && i - end <= 5; i++)
        {
            if (words[i].Lower is "," or ";" or "." or ":" || Placement.Covers(placed, i))
                return false;
            if (words[i].Lower is not ("to" or "for"))
                continue;
            var qualified = false;
            for (var j = i + 1; j < words.Count && j - i <= 4; j++)
            {
                if (Placement.Covers(placed, j))
                    return false;
                if (Forces.Contains(words[j]))
                    return qualified;
                qualified |= words[j].IsCapitalized;
            }
            return false;
        }
        return false;
    }

    private static readonly WordSet Condemning = new(
        "condemned", "condemns", "condemn", "denounced", "denounces", "denounce", "decried", "decries", "criticised", "criticized", "criticises", "criticizes", "branded", "brands", "slammed", "slams");

    /// <summary>"Moscow condemned Israel's strike on Iran as \"unprovoked aggression\"": the label names what was condemned, and the one who condemns is no party to it.</summary>
    private static bool CondemnerOfALabel(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        if (!cue.Value.Hostile || other.Last >= cue.Index || other.Last + 1 >= words.Count || !Condemning.Contains(words[other.Last + 1]))
            return false;
        for (var i = cue.Index - 1; i > other.Last + 1 && cue.Index - i <= 4; i--)
        {
            if (words[i].Lower == "as")
                return true;
            if (words[i].IsCapitalized || words[i].Lower is "," or ";" or ".")
                return false;
        }
        return false;
    }

    // Plural holders of a tie that the sentence names by what they are, never the subject itself.
    private static readonly WordSet UnnamedHolders = new(
        "groups", "companies", "firms", "militias", "individuals", "figures", "officials", "entities", "networks", "organisations", "organizations",
        "factions", "businesses", "businessmen", "politicians", "people", "clerics", "actors", "hackers", "parties", "movements", "elites", "oligarchs");

    private static readonly WordSet TieNouns = new("ties", "links", "relations", "connections", "contacts", "relationship", "relationships");

    private static bool NamesATie(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue)
    {
        for (var i = cue.Index; i < cue.Index + cue.Length; i++)
        {
            if (TieNouns.Contains(words[i]))
                return true;
        }
        return false;
    }

    /// <summary>"closely linked to groups with strong ties to China": the ties are the groups', not the subject's.</summary>
    private static bool TiesOfUnnamedHolders(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue)
    {
        if (!NamesATie(words, cue))
            return false;
        for (var i = cue.Index - 1; i >= 1 && cue.Index - i <= 3; i--)
        {
            if (words[i].Lower == "with")
                return UnnamedHolders.Contains(words[i - 1]) && !Placement.Covers(placed, i - 1);
            if (words[i].IsCapitalized || !char.IsLetter(words[i].Text[0]))
                return false;
        }
        return false;
    }

    private static readonly WordSet LosingVerbs = new("lose", "loses", "losing", "lost");
    private static readonly WordSet LostCounts = new("more", "its", "their", "two", "three", "several", "some", "many", "the", "a", "an", "another", "further", "remaining", "key", "diplomatic");

    /// <summary>"the drift toward China, with some saying Taiwan appeared resigned to losing more allies": allies being lost are not the one named before them.</summary>
    private static bool LostAlliesAfter(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        if (cue.Value.Form != CueForm.Noun || other.Last >= cue.Index)
            return false;
        var i = cue.Index - 1;
        while (i >= 0 && cue.Index - i <= 3 && LostCounts.Contains(words[i]))
            i--;
        return i >= 0 && i > other.Last && LosingVerbs.Contains(words[i]);
    }

    /// <summary>
    /// "depends on Rwanda ending support for M23", "Iran providing its support to the Houthis": a name right before the verb
    /// that governs a noun cue is the noun's owner; the subject has no part in it.
    /// </summary>
    private static bool NounOfANameBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject)
    {
        if (cue.Value.Form != CueForm.Noun)
            return false;
        var verb = cue.Index - 1;
        if (verb >= 1 && words[verb].Lower is "its" or "their")
            verb--;
        if (verb < 1 || !words[verb].Lower.EndsWith("ing", StringComparison.Ordinal) || words[verb].IsCapitalized)
            return false;
        foreach (var p in placed)
        {
            if (p.Last == verb - 1)
                return p.ActorId != subject && !p.Adjective;
        }
        return false;
    }

    /// <summary>
    /// "unwilling to join the European Union's (EU) sanctions targeting Russia": a participle on a noun another actor owns
    /// is that owner's act; the subject has no part in it.
    /// </summary>
    private static bool ParticipleOfAnOwnedNoun(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject)
    {
        if (cue.Value.Form != CueForm.Active || cue.Index < 3 || !words[cue.Index].Lower.EndsWith("ing", StringComparison.Ordinal) || words[cue.Index - 1].IsCapitalized
            || !char.IsLetter(words[cue.Index - 1].Lower[0]))
            return false;
        var owned = cue.Index - 2;
        // "the European Union's (EU) sanctions": the short form in brackets stands between the owner and its noun.
        if (owned >= 3 && words[owned].Lower == ")" && words[owned - 2].Lower == "(")
            owned -= 3;
        return owned >= 1 && words[owned].Lower is "'s" or "’s" && LastEndingAt(placed, owned - 1) is { } owner && owner.ActorId != subject;
    }

    /// <summary>
    /// "Honduras turned to China, having long been an ally of Taiwan": a participle after the comma says what the clause's
    /// doer, the first actor named, was; no other actor is its counterpart.
    /// </summary>
    private static bool SaidOfTheClauseDoer(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        if (cue.Value.Form != CueForm.Noun || placed[0].ActorId == other.ActorId)
            return false;
        var been = cue.Index - 1;
        while (been > 0 && cue.Index - been <= 4 && words[been].Lower != "been")
            been--;
        if (been < 2 || words[been].Lower != "been")
            return false;
        var having = been - 1;
        while (having > 0 && been - having <= 2 && words[having].Lower != "having")
            having--;
        return having >= 1 && words[having].Lower == "having" && words[having - 1].Lower == ",";
    }

    /// <summary>
    /// "Somalia countered the deal by making Turkey a key security partner": the one made a partner is the partner of whoever
    /// made it so; where another actor is named before "making", the subject has no part in it.
    /// </summary>
    private static bool MadeAPartnerByAnother(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject)
    {
        if (cue.Value.Form != CueForm.Noun)
            return false;
        var article = cue.Index - 1;
        while (article > 0 && cue.Index - article <= 3 && !words[article].IsCapitalized && char.IsLetter(words[article].Lower[0]) && words[article].Lower is not ("a" or "an" or "its" or "their"))
            article--;
        if (article < 2 || words[article].Lower is not ("a" or "an" or "its" or "their"))
            return false;
        var made = placed.Find(p => p.Last == article - 1);
        if (made is null || made.First < 1 || !MakeForms.Contains(words[made.First - 1]))
            return false;
        return placed.Exists(p => p.Last < made.First - 1 && p.ActorId != subject && !p.Adjective);
    }

    private static readonly WordSet MakeForms = new("making", "made", "make", "makes");

    /// <summary>"The January 3 attack on Venezuela by the US military": a noun whose doer "by" names after its object is that doer's.</summary>
    private static bool NounDoneByANameAfter(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject)
    {
        if (cue.Value.Form != CueForm.Noun)
            return false;
        var after = cue.Index + cue.Length;
        var objectFirst = after < words.Count && words[after].Lower == "the" ? after + 1 : after;
        foreach (var named in placed)
        {
            if (named.First != objectFirst)
                continue;
            return OtherNamedAfterBy(words, placed, named.Last + 1, subject);
        }
        return false;
    }

    /// <summary>
    /// "after Russia's invasion of Georgia in 2008 and initial invasion of Ukraine in 2014": a noun said again after one that
    /// names its owner has the same owner, not the subject.
    /// </summary>
    private static bool RepeatsAnOwnedNoun(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject)
    {
        if (cue.Value.Form != CueForm.Noun || (cue.Index >= 1 && words[cue.Index - 1].Lower is "'s" or "’s" or "its" or "their"))
            return false;
        for (var j = cue.Index - 2; j >= 2; j--)
        {
            if (words[j].Lower != words[cue.Index].Lower || words[j - 1].Lower is not ("'s" or "’s"))
                continue;
            var owner = placed.FindIndex(p => p.Last == j - 2);
            return owner >= 0 && placed[owner].ActorId != subject;
        }
        return false;
    }
}
