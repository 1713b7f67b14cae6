namespace Entente.Extraction.Claims;

/// <summary>
/// "NATO member Turkey", "Qatar, a GCC member, hosts …": a bloc's name before "member" names a member of it, either the
/// name right after ("fellow NATO member Turkey", each of a list after "members") or the name the appositive describes.
/// A bloc that admits names as its members names them too ("ASEAN admitted Timor-Leste as its 11th member").
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
            if (!isBloc(bloc.ActorId))
                continue;
            var noun = bloc.Last + 1;
            if (Admitted(words, placed, k) is { } admitted)
            {
                foreach (var admittedMember in admitted)
                {
                    if (!isBloc(admittedMember.ActorId))
                        (drafts ??= []).Add(new Draft(admittedMember.ActorId, bloc.ActorId, MemberCue, admittedMember.First, admittedMember.First, "bloc-member"));
                }
                continue;
            }
            if (noun >= words.Count || words[noun].Lower is not ("member" or "members"))
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

    /// <summary>"The Commonwealth has admitted Gabon and Togo as its 55th and 56th members": the list between the verb and "as … members", or null.</summary>
    private static List<PlacedMention>? Admitted(IReadOnlyList<Word> words, List<PlacedMention> placed, int bloc)
    {
        // "has formally admitted": an auxiliary and an adverb may come first.
        var verb = placed[bloc].Last + 1;
        while (verb < words.Count && verb - placed[bloc].Last <= 2 && (Auxiliaries.Contains(words[verb]) || Adverbs.Contains(words[verb])))
            verb++;
        if (verb >= words.Count || !Admitting.Contains(words[verb]) || bloc + 1 >= placed.Count || placed[bloc + 1].First != verb + 1)
            return null;
        var list = Placement.ListAround(words, placed, bloc + 1).OpeningFrom(verb + 1);
        if (list.Count == 0)
            return null;
        var @as = list[^1].Last + 1;
        if (@as >= words.Count || words[@as].Lower != "as")
            return null;
        for (var i = @as + 1; i < words.Count && i - @as <= 6; i++)
        {
            if (words[i].Lower is "member" or "members")
                return list;
            if (words[i].Lower is "," or ";" or ".")
                return null;
        }
        return null;
    }

    private static readonly WordSet Admitting = new("admitted", "admits", "admit", "welcomed", "welcomes", "accepted", "accepts");

    /// <summary>"Qatar, a GCC member", "Japan, a fellow Quad member": the name before the comma (or dash) the appositive opens after, or null.</summary>
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
        // "Ghana – a Commonwealth member – and Benin": a dash or a bracket opens the aside as a comma does.
        if (words[before].Lower is not ("," or "–" or "—" or "("))
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
