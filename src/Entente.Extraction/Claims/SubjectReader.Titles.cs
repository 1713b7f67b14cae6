namespace Entente.Extraction.Claims;

// Titles set before a name (TitledNames.cs), as the subject reader meets them.
internal sealed partial class SubjectReader
{
    /// <summary>
    /// "The partnership strained relations with NATO ally Turkey": the title ties its owner to the name after it, and no one
    /// else. The owner, a word in another cue's object, is no object of that cue.
    /// </summary>
    private static bool InATitleOfAnother(IReadOnlyList<Word> words, List<PlacedMention> placed, (int Index, int Length, Cue Value) cue, string subject, PlacedMention other)
    {
        if (cue.Index != other.Last + 1 && TitledNames.BorneAfter(words, placed, other) >= 0)
            return true;
        if (cue.Value.Form != CueForm.Noun || cue.Value.Hostile || cue.Length != 1 || cue.Index == 0 || other.First <= cue.Index)
            return false;
        var owner = Placement.IndexEndingAt(placed, cue.Index - 1);
        var titled = TitledNames.NameAfter(words, placed, cue.Index);
        // "its BRICS partner Russia": a possessive before the name makes that name a qualifier of the owner's title.
        return owner >= 0 && placed[owner].ActorId != subject && titled >= 0
            && !(placed[owner].First > 0 && words[placed[owner].First - 1].Lower is "its" or "their" or "his" or "her" or "our" or "'s" or "’s");
    }
}
