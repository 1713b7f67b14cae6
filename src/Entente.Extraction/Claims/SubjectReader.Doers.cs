namespace Entente.Extraction.Claims;

// Who does what around a cue: names we do not know before or after it, and third actors that are the doer.
internal sealed partial class SubjectReader
{
    /// <summary>"The former Soviet Union armed Syria": a name we do not know, right before the verb, is its doer.</summary>
    private static bool UnknownDoerBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue)
    {
        var doer = cue - 1;
        while (doer > 0 && words[doer].Lower is "has" or "have" or "had" or "also" or "long" or "reportedly")
            doer--;
        return doer >= 1 && words[doer].IsCapitalized && words[doer].Text.Length > 1 && !placed.Exists(p => p.First <= doer && doer <= p.Last);
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
                return UnknownNames.OrganisationAt(words, placed, i);
            // Only an article and hyphenated qualifiers ("the pro-independence …") stand between.
            var hyphenated = word.Lower == "-" || (i + 1 < words.Count && words[i + 1].Lower == "-") || (i > 0 && words[i - 1].Lower == "-");
            if (word.Lower is not ("the" or "a" or "an") && !hyphenated)
                return false;
        }
        return false;
    }

    private static bool UnknownPatientBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue)
    {
        var patient = cue - 1;
        while (patient > 0 && words[patient].Lower is "is" or "are" or "was" or "were" or "been" or "being" or "has" or "have" or "had" or "also" or "reportedly" or "allegedly" or "widely")
            patient--;
        return patient >= 1 && patient < cue - 1 && words[patient].IsCapitalized && words[patient].Text.Length > 1
            && !placed.Exists(p => p.First <= patient && patient <= p.Last);
    }

    /// <summary>"resisting any demand to align with EU sanctions on Moscow": a third actor named right before the verb is its doer.</summary>
    private static bool ThirdDoerBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int cue, string subject)
    {
        var doer = cue - 1;
        while (doer > 0 && words[doer].Lower is "has" or "have" or "had" or "also" or "long" or "reportedly")
            doer--;
        foreach (var p in placed)
        {
            if (p.Last == doer && p.ActorId != subject && !p.Adjective)
                return true;
        }
        return false;
    }
}
