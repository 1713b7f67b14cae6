namespace Entente.Extraction.Claims;

/// <summary>
/// "The CSTO, whose members besides Russia are Armenia, Belarus and Kazakhstan": members of one defence
/// alliance named together are each other's treaty allies. Only the subject's ties are drawn, so a list
/// of thirty NATO members does not become hundreds of claims.
/// </summary>
internal static class CoMembers
{
    public static List<ExtractedClaim> Allied(List<ExtractedClaim> claims, int from, string subject, IReadOnlyDictionary<string, Actor> actors)
    {
        var allied = new List<ExtractedClaim>();
        for (var i = from; i < claims.Count; i++)
        {
            var own = claims[i];
            if (own.Subject != subject || !AsMemberOfAlliance(own, actors))
                continue;
            for (var j = from; j < claims.Count; j++)
            {
                var other = claims[j];
                if (other.Subject != subject && other.Object == own.Object && AsMemberOfAlliance(other, actors))
                    allied.Add(new ExtractedClaim(subject, other.Subject, RelationType.FormalAlliance, own.QuoteStart, own.QuoteEnd, "co-member:" + own.Object)
                    {
                        Hedged = own.Hedged || other.Hedged,
                        Validity = own.Validity,
                    });
            }
        }
        return allied;
    }

    /// <summary>
    /// "Niger has drawn closer to Mali and Burkina Faso. The three left ECOWAS": where the subject stood in for a group,
    /// the others of the group belong where it does.
    /// </summary>
    public static List<ExtractedClaim> OfTheGroup(List<ExtractedClaim> claims, int from, string subject, IReadOnlyList<string> group)
    {
        var joined = new List<ExtractedClaim>();
        for (var i = from; i < claims.Count; i++)
        {
            var own = claims[i];
            if (own.Subject != subject || own.Relation != RelationType.MemberOf || own.Polarity != Polarity.Asserts)
                continue;
            foreach (var other in group)
            {
                if (other != own.Object)
                    joined.Add(own with { Subject = other, Rule = "group:" + own.Rule });
            }
        }
        return joined;
    }

    private static bool AsMemberOfAlliance(ExtractedClaim claim, IReadOnlyDictionary<string, Actor> actors) =>
        claim.Relation == RelationType.MemberOf && claim.Polarity == Polarity.Asserts
        && actors.GetValueOrDefault(claim.Object)?.BlocType == "defence_alliance";
}
