namespace Entente.Extraction.Claims;

/// <summary>
/// "NATO member Turkey", "Qatar, a GCC member, hosts …": a bloc's name before "member" names a member of it, either the
/// name right after ("fellow NATO member Turkey", each of a list after "members") or the name the appositive describes.
/// </summary>
internal static class BlocMemberNames
{
    private static readonly Cue MemberCue = new(["member"], CueForm.Noun, RelationType.MemberOf, []);

    /// <summary>The members named so, or null (most units name none: no list is made for them).</summary>
    public static List<Draft>? Read(IReadOnlyList<Word> words, List<PlacedMention> placed, Func<string, bool> isBloc)
    {
        List<Draft>? drafts = null;
        for (var k = 0; k < placed.Count; k++)
        {
            var bloc = placed[k];
            var noun = bloc.Last + 1;
            if (noun >= words.Count || words[noun].Lower is not ("member" or "members") || !isBloc(bloc.ActorId))
                continue;
            var after = noun + 1 < words.Count && words[noun + 1].Lower is "state" or "country" or "nation" ? noun + 2 : noun + 1;
            if (k + 1 < placed.Count && placed[k + 1].First == after && words[noun].Lower == "members")
            {
                // "ASEAN members Brunei, Malaysia, the Philippines and Vietnam": the whole list after the plural.
                foreach (var listed in Placement.ListAround(words, placed, k + 1).OpeningFrom(after))
                {
                    if (!isBloc(listed.ActorId))
                        (drafts ??= []).Add(new Draft(listed.ActorId, bloc.ActorId, MemberCue, noun, listed.First, "bloc-member"));
                }
                continue;
            }
            var member = k + 1 < placed.Count && placed[k + 1].First == after ? placed[k + 1] : Described(words, placed, k);
            if (member is not null && !isBloc(member.ActorId))
                (drafts ??= []).Add(new Draft(member.ActorId, bloc.ActorId, MemberCue, noun, member.First, "bloc-member"));
        }
        return drafts;
    }

    /// <summary>"Qatar, a GCC member", "Japan, a fellow Quad member": the name before the comma the appositive opens after, or null.</summary>
    private static PlacedMention? Described(IReadOnlyList<Word> words, List<PlacedMention> placed, int bloc)
    {
        var article = placed[bloc].First - 1;
        // "Japan, a fellow Quad member".
        if (article > 0 && words[article].Lower == "fellow")
            article--;
        if (article < 2 || words[article].Lower is not ("a" or "an" or "the"))
            return null;
        // "Venezuela is a Mercosur member", "Sweden has now become a NATO member": a copula says the same as the comma.
        var before = article - 1;
        if (words[before].Lower != ",")
        {
            while (before > 0 && article - before <= 3 && Adverbs.Contains(words[before]))
                before--;
            if (!Copulas.Contains(words[before]))
                return null;
            while (before > 0 && article - before <= 5 && (Auxiliaries.Contains(words[before - 1]) || Adverbs.Contains(words[before - 1])))
                before--;
        }
        var described = bloc - 1;
        return described >= 0 && placed[described].Last == before - 1 && !Placement.IsPlace(words, placed[described]) ? placed[described] : null;
    }

    private static readonly WordSet Copulas = new("is", "was", "remains", "remained", "became", "becomes", "become", "been");
    private static readonly WordSet Auxiliaries = new("has", "have", "had", "will", "would");
    private static readonly WordSet Adverbs = new("now", "also", "still", "already", "formally", "officially");
}
