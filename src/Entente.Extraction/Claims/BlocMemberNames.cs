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
            if (!isBloc(bloc.ActorId) && !AnAlliance(words, bloc))
                continue;
            var noun = bloc.Last + 1;
            if (Admitted(words, placed, k) is { } admitted)
            {
                foreach (var admittedMember in admitted)
                {
                    if (!isBloc(admittedMember.ActorId))
                        Add(ref drafts, admittedMember, bloc, admittedMember.First);
                }
                continue;
            }
            // "the only Gulf Co-operation Council (GCC) member": the short form in brackets stands between.
            if (noun < words.Count && words[noun].Lower == "(" && noun + 3 < words.Count && words[noun + 2].Lower == ")")
                noun += 3;
            var plural = noun < words.Count && FellowNouns.Contains(words[noun]);
            if ((plural || noun < words.Count && FellowNoun.Contains(words[noun])) && Fellows(words, placed, k, plural) is { } fellows)
            {
                // "Warsaw pressed other EU and NATO countries to send arms": who presses the others is one of them.
                foreach (var fellowBloc in fellows.Blocs)
                {
                    if (isBloc(fellowBloc.ActorId))
                        Add(ref drafts, fellows.Doer, fellowBloc, noun);
                }
            }
            if (PartnerIn(words, placed, k) is { } partner)
            {
                // "The Czech Republic remains one of Ukraine's most loyal partners in the European Union and NATO."
                foreach (var listed in Placement.ListAround(words, placed, k).OpeningFrom(bloc.First))
                {
                    if (isBloc(listed.ActorId))
                        Add(ref drafts, partner, listed, bloc.First);
                }
                continue;
            }
            // "Italy, the only G7 nation to sign up", "NATO country Turkey": a bloc's nation is one of its members.
            if (noun >= words.Count || words[noun].Lower is not ("member" or "members" or "nation" or "country" or "state" or "nations" or "countries" or "states"))
                continue;
            var after = noun + 1 < words.Count && words[noun + 1].Lower is "state" or "country" or "nation" ? noun + 2 : noun + 1;
            if (k + 1 < placed.Count && placed[k + 1].First == after && words[noun].Lower is "members" or "nations" or "countries" or "states")
            {
                // "ASEAN members Brunei, Malaysia, the Philippines and Vietnam", "CARICOM countries Jamaica, the Bahamas, Belize":
                // the whole list after the plural.
                foreach (var listed in Placement.ListAround(words, placed, k + 1).OpeningFrom(after))
                {
                    if (!isBloc(listed.ActorId))
                        Add(ref drafts, listed, bloc, noun);
                }
                continue;
            }
            // "the key NATO and E.U. member state": the article stands before the first bloc of the list.
            var blocsBefore = Placement.ListAround(words, placed, k).EndingBefore(bloc.First);
            var firstBloc = blocsBefore.Count > 0 && blocsBefore.TrueForAll(l => isBloc(l.ActorId)) ? placed.IndexOf(blocsBefore[0]) : k;
            var member = k + 1 < placed.Count && placed[k + 1].First == after ? placed[k + 1] : Described(words, placed, firstBloc) ?? NamedAfterComma(words, placed, k, after);
            if (member is null || isBloc(member.ActorId))
                continue;
            // "NATO and European Union member Croatia": each bloc of a list before "member".
            foreach (var before in blocsBefore)
            {
                if (isBloc(before.ActorId))
                    Add(ref drafts, member, before, noun);
            }
            Add(ref drafts, member, bloc, noun);
        }
        return drafts;
    }

    /// <summary>A draft of <paramref name="member"/> belonging to <paramref name="bloc"/>, the cue read at <paramref name="cue"/>.</summary>
    private static void Add(ref List<Draft>? drafts, PlacedMention member, PlacedMention bloc, int cue) =>
        (drafts ??= []).Add(new Draft(member.ActorId, bloc.ActorId, MemberCue, cue, member.First, "bloc-member"));

    /// <summary>"another Alliance member, the MNDAA": an armed alliance named by its head noun has members as a bloc does.</summary>
    private static bool AnAlliance(IReadOnlyList<Word> words, PlacedMention mention) => words[mention.Last].Text is "Alliance" or "Coalition";

    /// <summary>
    /// "another GCC member, Kuwait, is working …", "As a founding NATO member, Denmark has …", "another Alliance member, the
    /// Myanmar National Democratic Alliance Army": the name right after the comma that closes "a … member", or null.
    /// </summary>
    private static PlacedMention? NamedAfterComma(IReadOnlyList<Word> words, List<PlacedMention> placed, int bloc, int after)
    {
        if (after >= words.Count || words[after].Lower != "," || bloc + 1 >= placed.Count
            || (placed[bloc + 1].First != after + 1 && !(placed[bloc + 1].First == after + 2 && words[after + 1].Lower == "the")))
            return null;
        var article = ArticleBefore(words, placed[bloc].First);
        return article >= 0 && words[article].Lower is "a" or "an" or "another" ? placed[bloc + 1] : null;
    }

    /// <summary>
    /// "The Czech Republic remains one of Ukraine's most loyal partners in the European Union and NATO": the opener said to be a
    /// partner or ally "in" blocs belongs to them; or null.
    /// </summary>
    private static PlacedMention? PartnerIn(IReadOnlyList<Word> words, List<PlacedMention> placed, int bloc)
    {
        var i = placed[bloc].First - 1;
        if (i >= 0 && words[i].Lower == "the")
            i--;
        if (i < 1 || words[i].Lower != "in" || !PartnerNouns.Contains(words[i - 1]))
            return null;
        if (OpeningPhrases.Opener(words, placed) is not { Adjective: false } opener || opener.Last + 2 >= i || !Copulas.Contains(words[opener.Last + 1]))
            return null;
        return opener;
    }

    private static readonly WordSet PartnerNouns = new("partner", "partners", "ally", "allies");

    private static readonly WordSet FellowNoun = new("member", "nation", "state", "country", "ally", "partner", "government");
    private static readonly WordSet FellowNouns = new("countries", "members", "states", "nations", "governments", "allies", "partners", "capitals");

    /// <summary>
    /// The blocs after "other" or "fellow" that end at this one ("other EU and NATO countries"), and the actor the clause opens
    /// with; or null.
    /// </summary>
    /// <remarks>"Athens is wary of fellow NATO member Turkey": after "fellow" one member will do.</remarks>
    private static (PlacedMention Doer, List<PlacedMention> Blocs)? Fellows(IReadOnlyList<Word> words, List<PlacedMention> placed, int bloc, bool plural)
    {
        var blocs = Placement.ListAround(words, placed, bloc).EndingBefore(placed[bloc].Last + 1);
        var before = blocs.Count > 0 ? blocs[0].First - 1 : -1;
        if (before < 1 || !(words[before].Lower == "fellow" || (plural && words[before].Lower == "other")))
            return null;
        return OpeningPhrases.Opener(words, placed) is { Adjective: false } opener && opener.Last < before ? (opener, blocs) : null;
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
        var article = ArticleBefore(words, placed[bloc].First);
        if (article < 2 || words[article].Lower is not ("a" or "an" or "the"))
            return null;
        // "Venezuela is a Mercosur member", "Sweden has now become a NATO member": a copula says the same as the comma.
        var before = article - 1;
        // "Ghana – a Commonwealth member – and Benin": a dash or a bracket opens the aside as a comma does.
        if (words[before].Lower is not ("," or "–" or "—" or "("))
        {
            while (before > 0 && article - before <= 3 && Adverbs.Contains(words[before]))
                before--;
            // "Romania has emerged as the key NATO member": "emerged as" says what "became" says.
            if (words[before].Lower == "as" && before > 1 && EmergedAs.Contains(words[before - 1]))
                before--;
            else if (!Copulas.Contains(words[before]))
                return null;
            // "Italy has withdrawn …, years after becoming the only G7 nation to sign up": the participle's doer opens the clause.
            if (words[before].Lower == "becoming" && before > 0 && words[before - 1].Lower is "after" or "since" or "before" or "by")
                return OpenerBefore(words, placed, before, placed[bloc].ActorId);
            while (before > 0 && article - before <= 5 && (Auxiliaries.Contains(words[before - 1]) || Adverbs.Contains(words[before - 1])))
                before--;
        }
        var described = bloc - 1;
        if (described >= 0 && placed[described].Last == before - 1 && !Placement.IsPlace(words, placed[described]))
            return placed[described];
        // "Romania has a border with Ukraine and has emerged as the key NATO member": a second verb of the clause's opener.
        return before > 0 && words[before - 1].Lower == "and" ? OpenerBefore(words, placed, before - 1, placed[bloc].ActorId) : null;
    }

    /// <summary>The actor the clause opens with, where it ends before <paramref name="limit"/> and is not the bloc itself; or null.</summary>
    private static PlacedMention? OpenerBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int limit, string bloc) =>
        OpeningPhrases.Opener(words, placed) is { Adjective: false } opener && opener.Last < limit && opener.ActorId != bloc ? opener : null;

    /// <summary>
    /// "Japan, a fellow Quad member", "Oman was the only GCC member": the article before the bloc's name, past the words that
    /// rank or qualify the membership; -1 where none.
    /// </summary>
    private static int ArticleBefore(IReadOnlyList<Word> words, int name)
    {
        var article = name - 1;
        while (article >= 0 && name - article <= 2 && Ranks.Contains(words[article]))
            article--;
        return article;
    }

    private static readonly WordSet Ranks = new(
        "fellow", "only", "sole", "first", "last", "newest", "latest", "founding", "full", "original", "largest", "smallest", "biggest",
        "oldest", "youngest", "poorest", "richest", "key", "leading", "major", "loyal", "longtime", "long-standing");

    private static readonly WordSet Copulas = new("is", "was", "remains", "remained", "became", "becomes", "become", "becoming", "been");
    private static readonly WordSet EmergedAs = new("emerged", "emerges", "emerging", "serves", "served", "stands", "stood");
    private static readonly WordSet Auxiliaries = new("has", "have", "had", "will", "would");
    private static readonly WordSet Adverbs = new("now", "also", "still", "already", "formally", "officially");
}
