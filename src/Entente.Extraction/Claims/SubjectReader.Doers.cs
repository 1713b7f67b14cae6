namespace Entente.Extraction.Claims;

// Who does what around a cue: names we do not know before or after it, and third actors that are the doer.
internal sealed partial class SubjectReader
{
    // "after Russia first invaded Ukraine", "Turkey swiftly armed Azerbaijan": a time word or a manner adverb may stand there too.
    private static readonly WordSet ActiveHelpers = new(
        "has", "have", "had", "also", "long", "reportedly", "allegedly", "first", "then", "later", "again", "once", "now", "still", "already", "subsequently");
    private static readonly WordSet PassiveHelpers = new("is", "are", "was", "were", "been", "being", "has", "have", "had", "also", "reportedly", "allegedly", "widely");

    /// <summary>Where the word before a verb stands once the helpers before it ("has", "reportedly") are passed.</summary>
    private static int BeforeHelpers(IReadOnlyList<Word> words, int verb, WordSet helpers)
    {
        var i = verb - 1;
        while (i > 0 && (helpers.Contains(words[i]) || (helpers == ActiveHelpers && CueReader.MannerAdverb(words[i]))))
            i--;
        return i;
    }

    private static bool UnknownCapital(IReadOnlyList<Word> words, List<PlacedMention> placed, int i) =>
        i >= 1 && words[i].IsCapitalized && words[i].Text.Length > 1 && !Placement.Covers(placed, i);

    /// <summary>
    /// "The former Soviet Union armed Syria": a name we do not know, right before the verb, is its doer; not so a place
    /// ("partnerships in the Indo-Pacific to counter Russia").
    /// </summary>
    private static bool UnknownDoerBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue)
    {
        var at = BeforeHelpers(words, cue, ActiveHelpers);
        if (!UnknownCapital(words, placed, at))
            return false;
        var i = at;
        while (i > 0 && (UnknownCapital(words, placed, i - 1) || (i > 1 && words[i - 1].Lower == "-" && UnknownCapital(words, placed, i - 2))))
            i -= words[i - 1].Lower == "-" ? 2 : 1;
        if (i > 0 && words[i - 1].Lower == "the")
            i--;
        return i == 0 || !PlacePrepositions.Contains(words[i - 1]);
    }

    private static readonly WordSet PlacePrepositions = new("in", "across", "throughout", "within");

    /// <summary>"Mogadishu rallies its friends after Israel recognises Somaliland": a name after a word that opens a clause is that clause's, not the noun's.</summary>
    private static bool InAClauseAfterTheNoun(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        var after = cue.Index + cue.Length;
        if (cue.Value.Form != CueForm.Noun || other.First <= after || !NounClauseOpeners.Contains(words[after]))
            return false;
        for (var i = after + 1; i < other.First; i++)
        {
            if (words[i].Lower is "," or ";" or ":")
                return false;
        }
        return true;
    }

    private static readonly WordSet NounClauseOpeners = new("after", "before", "when", "while", "since", "because", "until", "once", "although", "though");

    /// <summary>
    /// "The three countries, which share the Black Sea with Ukraine, Russia, and Georgia, established the mission": one named
    /// in a relative clause that closes right before the verb is not its doer; the noun the clause hangs on is.
    /// </summary>
    private static bool InARelativeBeforeTheVerb(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        if (cue.Value.Form != CueForm.Active || other.Last >= cue.Index || words[BeforeHelpers(words, cue.Index, ActiveHelpers)].Lower != ",")
            return false;
        for (var i = other.First - 1; i >= 1 && other.First - i <= 15; i--)
        {
            if (words[i].Lower is "." or ";" or ":")
                return false;
            if (words[i].Lower is "which" or "who" or "whose" && words[i - 1].Lower == ",")
                return true;
        }
        return false;
    }

    /// <summary>
    /// "Algeria, which hosts and arms the pro-independence Polisario Front": the verb or noun has an object of its own,
    /// an organisation we do not know, so it ties the actor before it to no subject.
    /// </summary>
    private static bool UnknownObjectAfter(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, PlacedMention other)
    {
        if (other.Last >= cue.Index || cue.Value.Form is not (CueForm.Active or CueForm.Noun))
            return false;
        var i = cue.Index + cue.Length;
        if (cue.Value.Form == CueForm.Noun)
        {
            if (i >= words.Count || words[i].Lower is not ("of" or "to" or "for"))
                return false;
            i++;
        }
        for (var skipped = 0; i < words.Count && skipped < 5; i++, skipped++)
        {
            var word = words[i];
            if (word.IsCapitalized && word.Text.Length > 1)
                return UnknownNames.OrganisationAt(words, placed, i) || (cue.Value.Form == CueForm.Noun && NoOneNamedFrom(placed, i) && !QualifiesANoun(words, i));
            // Only an article and hyphenated qualifiers ("the pro-independence …") stand between.
            var hyphenated = word.Lower == "-" || (i + 1 < words.Count && words[i + 1].Lower == "-") || (i > 0 && words[i - 1].Lower == "-");
            if (word.Lower is not ("the" or "a" or "an") && !hyphenated)
                return false;
        }
        return false;
    }

    /// <summary>
    /// "Officials in Bamako and Niamey condemned the killings": in a sentence that does not name the
    /// subject, a hostile or negative verb whose object is a common noun ("the killings", "an attack")
    /// strikes that thing, not the subject, and its doer takes no other cue of the sentence either.
    /// </summary>
    private static bool CondemnsAnEvent(IReadOnlyList<Word> words, List<PlacedMention> placed, List<(int Index, int Length, Cue Value)> cues, PlacedMention other)
    {
        foreach (var cue in cues)
        {
            if (cue.Index <= other.Last || cue.Index - other.Last > 4 || cue.Value.Form != CueForm.Active || !(cue.Value.Hostile || cue.Value.Negative))
                continue;
            var i = cue.Index + cue.Length;
            if (i + 1 < words.Count && words[i].Lower is "the" or "a" or "an" && !words[i + 1].IsCapitalized
                && !OpensWithin(placed, i + 1, i + 2))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "UN experts say M23 is backed by Rwanda", "before the Sudanese Army, backed by Iran, retook Khartoum": a name we do
    /// not know (or rebels not named) right before "is backed by" or before the comma is the one backed.
    /// </summary>
    private static bool UnknownPatientBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue) =>
        BeforeHelpers(words, cue, PassiveHelpers) is var patient && patient < cue - 1 && UnknownCapital(words, placed, patient)
        || cue >= 2 && words[cue - 1].Lower == "," && !Placement.Covers(placed, cue - 2)
            && (UnknownCapital(words, placed, cue - 2) && PartyHeads.Contains(words[cue - 2]) || UnnamedParties.Contains(words[cue - 2]));

    /// <summary>"The G20 also comprises Russia and China": a body we do not know, right before the verb, is the one whose members follow.</summary>
    private static bool UnknownBodyBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue)
    {
        var at = cue - 1;
        while (at > 0 && BodyVerbAdverbs.Contains(words[at]))
            at--;
        return UnknownCapital(words, placed, at);
    }

    /// <summary>
    /// "Western countries, including France and Poland" in a piece about the EU: countries of a kind the subject's name does
    /// not qualify are of that kind, not the subject's members ("EU countries, including France" are).
    /// </summary>
    private static bool CountriesOfAKind(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject) =>
        cue.Value.Relation == RelationType.MemberOf && cue.Value.Form == CueForm.Passive && KindsOfStates.Contains(words[cue.Index])
        && !placed.Exists(p => p.Last == cue.Index - 1 && p.ActorId == subject);

    private static readonly WordSet KindsOfStates = new("countries", "states", "nations");

    private static readonly WordSet BodyVerbAdverbs = new("also", "now", "currently", "still", "today", "already");

    // What the name of an armed party we do not know ends with: "the Sudanese Army", "the Polisario Front".
    private static readonly WordSet PartyHeads = new("army", "front", "forces", "brigades", "brigade", "movement", "militia", "corps", "group", "party", "guard", "brotherhood", "council");

    /// <summary>
    /// "Kiribati severs ties to Taiwan, switches diplomatic relations to China" in a piece about Taiwan: a switch of
    /// recognition always has its own doer, so it never ties the subject to the side switched to.
    /// </summary>
    private static bool Switches(IReadOnlyList<Word> words, int cue) => words[cue].Lower is "switched" or "switches" or "switch" or "switching";

    // Parties a sentence names by what they are: "the rebels, backed by …", "The militants claim …".
    internal static readonly WordSet UnnamedParties = new(
        "rebels", "militants", "insurgents", "militias", "militiamen", "fighters", "separatists", "jihadists", "paramilitaries", "guerrillas");

    // Plural parties a relative clause may hang on: "military juntas that became closer to Russia".
    private static readonly WordSet UnnamedPluralParties = new(
        "rebels", "militants", "insurgents", "militias", "fighters", "separatists", "jihadists", "paramilitaries", "guerrillas",
        "juntas", "regimes", "governments", "groups", "factions", "countries", "states", "nations");

    private static readonly WordSet RelativeVerbs = new("became", "become", "becomes", "grew", "grow", "have", "has", "had", "are", "were", "is", "was", "drew", "moved", "also", "later", "since", "then");

    /// <summary>
    /// "power passed to military juntas that became closer to Russia", in a piece about France: the verb of a relative clause
    /// on parties named only by what they are is theirs, not the subject's.
    /// </summary>
    private static bool DoneByUnnamedParties(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue)
    {
        var i = cue - 1;
        while (i >= 0 && cue - i <= 3 && RelativeVerbs.Contains(words[i]))
            i--;
        if (i >= 1 && words[i].Lower is "that" or "which" or "who" && UnnamedPluralParties.Contains(words[i - 1]) && !Placement.Covers(placed, i - 1))
            return true;
        if (InfinitiveOfUnnamedParties(words, placed, cue) || PressedIntoIt(words, placed, cue))
            return true;
        return i >= 1 && UnnamedPluralParties.Contains(words[i]) && !Placement.Covers(placed, i) && CountedParties(words, placed, i);
    }

    /// <summary>"China does not allow countries to have official ties with both itself and Taiwan": the infinitive is the countries' doing.</summary>
    private static bool InfinitiveOfUnnamedParties(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue)
    {
        for (var i = cue - 1; i >= 1 && cue - i <= 3; i--)
        {
            // "Morocco was one of the countries to normalize relations with Israel": the one named is among them.
            if (words[i].Lower == "to" && UnnamedPluralParties.Contains(words[i - 1]) && !Placement.Covers(placed, i - 1) && !OneOf(words, i - 1))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "revenge against Rohingya after some were drafted, often forcibly, to fight alongside Myanmar's army": the infinitive
    /// after a passive is done by those the passive acted on, here people counted but not named.
    /// </summary>
    private static bool PressedIntoIt(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue)
    {
        if (cue < 4 || words[cue - 1].Lower != "to")
            return false;
        var verb = cue - 2;
        if (words[verb].Lower == ",")
        {
            var open = verb - 1;
            while (open > 0 && verb - open <= 4 && words[open].Lower != ",")
                open--;
            verb = words[open].Lower == "," ? open - 1 : -1;
        }
        return verb >= 2 && words[verb].Lower.EndsWith("ed", StringComparison.Ordinal) && words[verb - 1].Lower is "were" or "was" or "been" or "being"
            && (Quantifiers.Contains(words[verb - 2]) || UnnamedPluralParties.Contains(words[verb - 2]) || words[verb - 2].Lower is "others" or "people" or "men" or "civilians" or "recruits")
            && !Placement.Covers(placed, verb - 2);
    }

    private static bool OneOf(IReadOnlyList<Word> words, int parties) =>
        parties >= 2 && words[parties - 1].Lower == "the"
        && (words[parties - 2].Lower == "among" || (parties >= 3 && words[parties - 2].Lower == "of" && words[parties - 3].Lower is "one" or "first" or "last"));

    /// <summary>
    /// "Since 2016, 10 countries have severed ties with Taiwan", "most Pacific Island countries have relations with China":
    /// parties counted but not named did it; the subject, named elsewhere or not at all, is not among them.
    /// </summary>
    private static bool CountedParties(IReadOnlyList<Word> words, List<PlacedMention> placed, int noun)
    {
        var i = noun - 1;
        while (i >= 0 && noun - i <= 3 && words[i].IsCapitalized && !Placement.Covers(placed, i))
            i--;
        return i >= 0 && (Quantifiers.Contains(words[i]) || char.IsAsciiDigit(words[i].Lower[0])) && (i == 0 || words[i - 1].Lower is not ("and" or "of"));
    }

    private static readonly WordSet Quantifiers = new("most", "many", "some", "several", "few", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "numerous");

    /// <summary>
    /// "The rebels claim the attacks are a show of support for Hamas" in a piece about Iran: a sentence whose doer is a
    /// party it names only by what it is speaks for that party, not for the subject it does not name.
    /// </summary>
    /// <remarks>"The Front, enjoying arms from Algeria, was fighting Morocco": so does a party we do not know, where the subject is named only after a preposition.</remarks>
    /// <remarks>"The first two are permanent members of the UN Security Council": an ordinal points back at others named before; "The other four allies are Russia, …" names them after.</remarks>
    private static bool OpenedByAnUnnamedParty(IReadOnlyList<Word> words, List<PlacedMention> placed, string subject, bool subjectNamed) =>
        words.Count > 2 && words[0].Lower == "the" && !Placement.Covers(placed, 1)
        && (UnnamedParties.Contains(words[1]) || UnknownCapital(words, placed, 1) && PartyHeads.Contains(words[1]) || (!subjectNamed && PointsBack(words)))
        && (!subjectNamed || placed.TrueForAll(p => p.ActorId != subject || p.First > 0 && words[p.First - 1].Lower is "from" or "of" or "by" or "to" or "with" or "in"));

    private static bool PointsBack(IReadOnlyList<Word> words) =>
        words[1].Lower is "latter" or "former" or "others" || (words[1].Lower is "first" or "last" or "other" && Counts.Contains(words[2]) && !CountOfWhatFollows(words, 2));

    private static readonly WordSet Counts = new("two", "three", "four", "five");

    /// <summary>"resisting any demand to align with EU sanctions on Moscow": a third actor named right before the verb is its doer.</summary>
    private static bool ThirdDoerBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue, string subject)
    {
        var doer = BeforeHelpers(words, cue, ActiveHelpers);
        foreach (var p in placed)
        {
            if (p.Last == doer && p.ActorId != subject && !p.Adjective)
                return true;
        }
        return false;
    }

    /// <summary>"a longtime supporter of the Polisario": a name we do not know, with no actor among the next words, is whom the noun is about.</summary>
    private static bool NoOneNamedFrom(List<PlacedMention> placed, int from)
    {
        foreach (var p in placed)
        {
            if (p.First >= from && p.First <= from + 3)
                return false;
        }
        return true;
    }

    /// <summary>"buyer of Nicaraguan exports": capitalised words before a lower-case noun are an adjective, not a name.</summary>
    private static bool QualifiesANoun(IReadOnlyList<Word> words, int at)
    {
        var next = at + 1;
        while (next < words.Count && words[next].IsCapitalized)
            next++; // "Sri Lankan garments"
        return next < words.Count && words[next].Text.Length > 1 && char.IsLower(words[next].Text[0]);
    }

    internal static readonly WordSet Attempts = new("attempts", "attempt", "efforts", "effort", "bid", "bids", "plans", "plan", "plots", "plot", "moves", "move");

    /// <summary>
    /// "Ukraine faces Russian efforts to destabilize Moldova": the act a demonym's state attempts is that state's. The index of the
    /// demonym's mention, or -1.
    /// </summary>
    internal static int AttemptedByADemonym(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue)
    {
        // The cue may be "to destabilize" itself.
        var to = words[cue].Lower == "to" ? cue : cue - 1;
        return to >= 2 && words[to].Lower == "to" && Attempts.Contains(words[to - 1]) && Placement.IndexEndingAt(placed, to - 2) is var k and >= 0
            && placed[k].Adjective ? k : -1;
    }

    /// <summary>"He condemned any Russian attempts to destabilize the country": one state's attempt is no one else's act.</summary>
    private static bool AttemptedByAnother(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue, string subject) =>
        AttemptedByADemonym(words, placed, cue) is var k and >= 0 && placed[k].ActorId != subject;

    /// <summary>"Israel, which the Houthis said they would keep targeting": a relative clause's verb is done by the name inside it.</summary>
    /// <remarks>
    /// "Oman was the only member not to have joined the Saudi-led coalition that has been conducting air strikes against Houthi
    /// targets": a relative clause right after another actor is that actor's doing.
    /// </remarks>
    private static bool DoneInsideARelative(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue, string subject)
    {
        for (var i = cue - 1; i >= 0 && cue - i <= 8; i--)
        {
            if (words[i].Lower is "," or ";" or "." or ":")
                return false;
            if (words[i].Lower is "that" or "which" or "who" && RelativeOnAnother(words, placed, i, subject))
                return true;
            if (words[i].Lower is not ("which" or "whom"))
                continue;
            foreach (var p in placed)
            {
                if (p.First > i && p.Last < cue && p.ActorId != subject)
                    return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>Whether the relative pronoun at <paramref name="pronoun"/> hangs on an actor other than the subject and opens a verb, not a new clause ("warned Hezbollah that it would").</summary>
    private static bool RelativeOnAnother(IReadOnlyList<Word> words, List<PlacedMention> placed, int pronoun, string subject)
    {
        if (pronoun + 1 >= words.Count || words[pronoun + 1].IsCapitalized || NewClauseWords.Contains(words[pronoun + 1]))
            return false;
        foreach (var p in placed)
        {
            // "the United States, which is locked in confrontation with Iran".
            if ((p.Last == pronoun - 1 || (p.Last == pronoun - 2 && words[pronoun - 1].Lower == "," && words[pronoun + 1].Lower is "is" or "are" or "was" or "were" && !Placement.IsPlace(words, p))) && p.ActorId != subject && !p.Adjective)
                return true;
        }
        return false;
    }

    private static readonly WordSet NewClauseWords = new("it", "they", "he", "she", "we", "i", "you", "its", "their", "the", "a", "an", "this", "these", "those");

    /// <summary>
    /// "it is the center of six drone stations which have attacked targets as Al-Shabab in Somalia": a relative clause on a
    /// thing names the thing as the doer, not whoever holds the thing.
    /// </summary>
    private static bool DoneByAThing(IReadOnlyList<Word> words, int cue)
    {
        // "which have attacked targets": "targets" is a cue too, after the verb.
        var i = cue - 1;
        while (i >= 0 && cue - i <= 3 && (RelativeAuxiliaries.Contains(words[i]) || words[i].Lower.EndsWith("ed", StringComparison.Ordinal)))
            i--;
        return i >= 1 && words[i].Lower is "which" or "that" && !words[i - 1].IsCapitalized && words[i - 1].Lower.Length > 3
            && words[i - 1].Lower.EndsWith('s') && !SubjectsOwnDoers.Contains(words[i - 1]) && char.IsLetter(words[i - 1].Lower[0]);
    }

    /// <summary>"the jihadist “caliphate” set up by Islamic State militants": what was founded is the thing before the verb, not the subject.</summary>
    private static bool FoundedThingBefore(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue) =>
        cue.Value.Form == CueForm.Passive && cue.Value.Relation == RelationType.Proxy && cue.Index > 0 && words[cue.Index + cue.Length - 1].Lower == "by"
        && (words[cue.Index - 1].Lower is "”" or "\"" || FoundedThings.Contains(words[cue.Index - 1]));

    private static readonly WordSet FoundedThings = new(
        "caliphate", "emirate", "fund", "bank", "company", "firm", "programme", "program", "project", "zone", "camp", "base", "bases", "court",
        "tribunal", "initiative", "mechanism", "corridor", "school", "university", "channel", "newspaper", "website", "prison", "platform", "forum");

    /// <summary>
    /// "Rwanda has long been angered by the FDLR – joint operations in the past have failed to eliminate them": "joint" with
    /// no "with" and no owner leaves its parties unnamed, and the one named near it is no party.
    /// </summary>
    private static bool JointOfUnnamedParties(IReadOnlyList<Word> words, (int Index, int Length, Cue Value) cue)
    {
        var after = cue.Index + cue.Length;
        return words[cue.Index].Lower == "joint" && (after >= words.Count || words[after].Lower is not ("with" or "between" or "alongside" or "by"))
            && (cue.Index == 0 || words[cue.Index - 1].Lower is not ("'s" or "’s" or "its" or "their"));
    }

    private static readonly WordSet RelativeAuxiliaries = new("have", "has", "had", "were", "was", "are", "is", "reportedly", "also", "repeatedly");

    // Who a clause may open on and still be the subject: a pronoun, or the subject's government under another name.
    private static readonly WordSet SubjectsOwnDoers = new(
        "it", "they", "we", "he", "she", "government", "coalition", "country", "state", "authorities", "ruling", "administration",
        "regime", "kingdom", "republic", "island", "nation", "army", "military", "group", "movement", "organisation", "organization", "bloc");

    /// <summary>
    /// "the juntas that came to power with the support of Russia", "Somalia said militants attacked with the help of Eritrea":
    /// help named "with the help of" goes to the clause's doer, so it is the subject's only where the clause opens on the
    /// subject, a pronoun or the subject's government ("the ruling coalition is working … with the help of the EU").
    /// </summary>
    private static bool HelpToAnotherDoer(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) c, string subject)
    {
        if (words[c.Index].Lower != "with" || c.Value.Form != CueForm.Passive)
            return false;
        var start = c.Index;
        while (start > 0 && words[start - 1].Lower is not ("," or ";" or ":" or "." or "that" or "which" or "who") && !SpeechVerbs.Contains(words[start - 1]))
            start--;
        if (start < c.Index && words[start].Lower is "the" or "its" or "their")
            start++;
        if (start >= c.Index)
            return false;
        var named = Placement.IndexOpeningAt(placed, start);
        return named >= 0 ? placed[named].ActorId != subject : !SubjectsOwnDoers.Contains(words[start]);
    }

    /// <summary>"you're an immediate threat to the United States": what "you" are is said of whoever is addressed, not of the subject.</summary>
    private static bool SaidOfYou(IReadOnlyList<Word> words, int cue)
    {
        for (var i = cue - 1; i >= 0 && cue - i <= 4; i--)
        {
            if (words[i].Lower is "you" or "you're" or "you’re" or "i" or "i'm" or "i’m")
                return true;
            if (words[i].Lower is "," or "." or ";" or ":" || words[i].IsCapitalized)
                return false;
        }
        return false;
    }

    private static bool SpokenByAnother(IReadOnlyList<Word> words, List<PlacedMention> placed, int firstCue)
    {
        if (placed.Count == 0 || placed[0].First > 1 || (placed[0].First == 1 && words[0].Lower != "the") || !Speaks(words, placed[0]))
            return false;
        for (var k = 1; k < placed.Count; k++)
        {
            if (placed[k].First < firstCue)
                return false;
        }
        return true;
    }

    /// <summary>
    /// "The recent strikes by the United States and allies against Houthi militants", read in a piece on another actor: the
    /// hostile act named by "by" is that doer's, and its target is named after it, not left to the subject.
    /// </summary>
    private static bool HostileActByAnother(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject) =>
        cue.Value.Hostile && OtherNamedAfterBy(words, placed, cue.Index + cue.Length, subject);

    /// <summary>Whether <paramref name="by"/> is "by" and the name right after it ("the" may stand between) is an actor other than the subject.</summary>
    private static bool OtherNamedAfterBy(IReadOnlyList<Word> words, List<PlacedMention> placed, int by, string subject)
    {
        if (by >= words.Count || words[by].Lower != "by")
            return false;
        var doer = by + 1 < words.Count && words[by + 1].Lower == "the" ? by + 2 : by + 1;
        foreach (var p in placed)
        {
            if (p.First == doer)
                return p.ActorId != subject;
        }
        return false;
    }
}
