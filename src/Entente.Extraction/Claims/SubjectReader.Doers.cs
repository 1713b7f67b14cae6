namespace Entente.Extraction.Claims;

// Who does what around a cue: names we do not know before or after it, and third actors that are the doer.
internal sealed partial class SubjectReader
{
    private static readonly WordSet ActiveHelpers = new("has", "have", "had", "also", "long", "reportedly");
    private static readonly WordSet PassiveHelpers = new("is", "are", "was", "were", "been", "being", "has", "have", "had", "also", "reportedly", "allegedly", "widely");

    /// <summary>Where the word before a verb stands once the helpers before it ("has", "reportedly") are passed.</summary>
    private static int BeforeHelpers(IReadOnlyList<Word> words, int verb, WordSet helpers)
    {
        var i = verb - 1;
        while (i > 0 && helpers.Contains(words[i]))
            i--;
        return i;
    }

    private static bool UnknownCapital(IReadOnlyList<Word> words, List<PlacedMention> placed, int i) =>
        i >= 1 && words[i].IsCapitalized && words[i].Text.Length > 1 && !Placement.Covers(placed, i);

    /// <summary>"The former Soviet Union armed Syria": a name we do not know, right before the verb, is its doer.</summary>
    private static bool UnknownDoerBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue) =>
        UnknownCapital(words, placed, BeforeHelpers(words, cue, ActiveHelpers));

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

    /// <summary>"UN experts say M23 is backed by Rwanda": a name we do not know before "is backed by" is the one backed.</summary>
    private static bool UnknownPatientBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue) =>
        BeforeHelpers(words, cue, PassiveHelpers) is var patient && patient < cue - 1 && UnknownCapital(words, placed, patient);

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
}
