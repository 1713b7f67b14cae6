namespace Entente.Assessing;

/// <summary>
/// Where an assessment goes in an answer. The rules read the relation type, the score and the
/// other actor's data (kind, great-power flag); they never name a particular actor.
/// </summary>
public sealed class TierRules(ScoringModel model)
{
    public Tier TierFor(RelationType type, double score, Actor other, bool isFormer)
    {
        if (isFormer)
            return Tier.Former;
        if (type.IsHostile() || score <= model.AdversaryScore)
            return Tier.Adversary;
        if (type.Class() == RelationClass.Aligned)
            return Tier.Core;
        if (other.GreatPower && score >= model.GreatPowerScore)
            return Tier.GreatPower;
        return score >= model.CoreScore ? Tier.Core : Tier.Varying;
    }
}
