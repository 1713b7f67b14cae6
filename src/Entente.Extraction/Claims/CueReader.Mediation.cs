namespace Entente.Extraction.Claims;

// Mediation cues: the mediator before the cue or after "by", the parties after it; or the subject, where the sentence names no mediator.
internal sealed partial class CueReader
{
    private IEnumerable<Draft> Mediation(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int length, Cue cue, string? subject)
    {
        var left = Before(words, placed, index, 6);
        var right = After(words, placed, index + length - 1, Reach);
        if (right < 0)
            yield break;
        if (left < 0)
        {
            foreach (var draft in MediatedByTheSubject(words, placed, index, length, right, cue, subject))
                yield return draft;
            yield break;
        }
        var before = Placement.ListAround(words, placed, left).EndingBefore(index);
        var after = Placement.ListAround(words, placed, right).OpeningFrom(index + length);
        // "a ceasefire mediated by Qatar and Egypt": the mediators follow "by", the parties stand before.
        var passive = index + length < words.Count && words[index + length].Lower == "by";
        foreach (var mediator in passive ? after : before)
            foreach (var party in passive ? before : after)
                yield return new Draft(mediator.ActorId, party.ActorId, cue, index, before[0].First, "mediation");
    }

    /// <summary>
    /// "Since April the foreign minister has shuttled between the Iranian and American delegations" in a piece
    /// about Oman: a mediation whose sentence names no one before it, with the parties right after "between",
    /// is the subject's, unless the subject is one of the parties.
    /// </summary>
    private static IEnumerable<Draft> MediatedByTheSubject(IReadOnlyList<Word> words, List<PlacedMention> placed, int index, int length, int right, Cue cue, string? subject)
    {
        var after = index + length;
        if (subject is null || placed[0].First < index || !(words[after - 1].Lower == "between" || after < words.Count && words[after].Lower == "between"))
            return [];
        var parties = Placement.ListAround(words, placed, right).OpeningFrom(after);
        if (parties.Count < 2 || parties.Exists(p => p.ActorId == subject))
            return [];
        return parties.Select(p => new Draft(subject, p.ActorId, cue, index, index, "mediation-subject"));
    }
}
