namespace Entente.Extraction.Claims;

/// <summary>
/// "the Gulf Cooperation Council (GCC: Saudi Arabia, Kuwait, Qatar …)", "BRICS (Brazil, Russia, India, China and South
/// Africa)": a list in brackets right after a bloc's name, closed by the bracket, is the bloc's roster.
/// </summary>
internal static class BlocRosters
{
    private static readonly Cue RosterCue = new(["roster"], CueForm.Noun, RelationType.MemberOf, []);

    /// <summary>The members so listed, or null (most units list none).</summary>
    public static List<Draft>? Read(IReadOnlyList<Word> words, List<PlacedMention> placed, Func<string, bool> isBloc)
    {
        List<Draft>? drafts = null;
        for (var k = 0; k + 1 < placed.Count; k++)
        {
            var bloc = placed[k];
            if (!isBloc(bloc.ActorId) || Opening(words, bloc) is not (var open and >= 0))
                continue;
            var first = placed[k + 1].First == open + 1 ? k + 1 : -1;
            if (first < 0)
                continue;
            var listed = Placement.ListAround(words, placed, first).OpeningFrom(open + 1);
            var close = listed.Count >= 2 ? listed[^1].Last + 1 : -1;
            if (close < 0 || close >= words.Count || words[close].Lower != ")")
                continue;
            foreach (var member in listed)
            {
                if (!isBloc(member.ActorId))
                    (drafts ??= []).Add(new Draft(member.ActorId, bloc.ActorId, RosterCue, open, member.First, "bloc-roster"));
            }
        }
        return drafts;
    }

    /// <summary>Where the roster opens: the bracket after the name, or the colon after a short form in brackets ("(GCC:"); -1 if none.</summary>
    private static int Opening(IReadOnlyList<Word> words, PlacedMention bloc)
    {
        var after = bloc.Last + 1;
        if (after >= words.Count)
            return -1;
        if (words[after].Lower == ":" && bloc.First > 0 && words[bloc.First - 1].Lower == "(")
            return after;
        return words[after].Lower == "(" ? after : -1;
    }
}
