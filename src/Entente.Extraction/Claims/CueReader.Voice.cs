namespace Entente.Extraction.Claims;

// Where a verb's voice hides who acts: goods supplied "with … from" a place, a verb made passive with no "by", and one who only sees it so.
internal sealed partial class CueReader
{
    private static readonly WordSet SupplyVerbs = new("supplied", "supplies", "supply", "supplying", "provided", "provides", "provide", "providing", "equipped", "equips", "equip", "equipping");

    /// <summary>
    /// "Wagner supplied the RSF militia with missiles from Libya": goods a named doer supplies "with" come from a place on
    /// their way; the supplier is the verb's doer.
    /// </summary>
    internal static bool GoodsOfANamedSupplier(IReadOnlyList<Word> words, List<PlacedMention> placed, int index)
    {
        var with = index - 1;
        while (with >= 0 && index - with <= 3 && words[with].Lower != "with" && !words[with].IsCapitalized && words[with].Text.Length > 0 && char.IsLetter(words[with].Text[0]))
            with--;
        if (with < 1 || words[with].Lower != "with")
            return false;
        for (var i = with - 1; i >= 1 && with - i <= 8; i--)
        {
            if (Stops.Contains(words[i]) || words[i].Lower == ",")
                return false;
            if (SupplyVerbs.Contains(words[i]))
                return Placement.IndexEndingAt(placed, i - 1) >= 0;
        }
        return false;
    }

    private static readonly WordSet IrregularParticiples = new("sold", "sent", "given", "lent", "built", "paid", "brought", "bought");

    /// <summary>
    /// "gold that was transferred to the UAE, which was then sold to countries such as Russia": a verb after a form of "be",
    /// with no "by" ahead, is passive, and the one before it is what was sold, not who sold it. One "admitted to" a body is
    /// still its member.
    /// </summary>
    internal static bool PassiveWithoutDoer(IReadOnlyList<Word> words, int index, Cue cue)
    {
        var verb = words[index].Lower;
        if (cue.Relation == RelationType.MemberOf || !(verb.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiples.Contains(words[index])))
            return false;
        var be = index - 1;
        while (be > 0 && index - be <= 2 && words[be].Lower is "then" or "later" or "also" or "reportedly" or "allegedly" or "subsequently" or "eventually")
            be--;
        if (be < 0 || words[be].Lower is not ("was" or "were" or "is" or "are" or "been" or "being"))
            return false;
        for (var i = index + 1; i < words.Count && i - index <= 10; i++)
        {
            if (words[i].Lower is ";" or "." or ",")
                return true;
            if (words[i].Lower == "by")
                return false;
        }
        return true;
    }

    private static readonly WordSet Viewing = new(
        "sees", "saw", "see", "views", "viewed", "view", "regards", "regarded", "regard", "considers", "considered", "consider",
        "perceives", "perceived", "perceive", "describes", "described", "describe", "deems", "deemed", "deem", "portrays", "portrayed", "portray");

    /// <summary>
    /// "Pretoria, which the US sees as too close to Russia and China": the one who sees it so is no party; the name before
    /// ", which" is. That name's index, <paramref name="left"/> where the name is no viewer, or -1 where none stands there.
    /// </summary>
    private static int PastAViewer(IReadOnlyList<Word> words, List<PlacedMention> placed, int left, int cue)
    {
        var p = placed[left];
        var which = p.First >= 1 && words[p.First - 1].Lower == "the" ? p.First - 2 : p.First - 1;
        if (which < 2 || words[which].Lower is not ("which" or "whom") || words[which - 1].Lower != ",")
            return left;
        var verb = p.Last + 1;
        if (verb < cue && words[verb].Lower is "has" or "have" or "had" or "long" or "now" or "still" or "increasingly")
            verb++;
        if (verb + 1 >= cue || !Viewing.Contains(words[verb]) || words[verb + 1].Lower != "as")
            return left;
        return Placement.IndexEndingAt(placed, which - 2);
    }
}
