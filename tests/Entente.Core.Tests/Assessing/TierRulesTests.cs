using Entente.Assessing;

namespace Entente.Tests.Assessing;

public sealed class TierRulesTests
{
    private readonly TierRules _rules = new(ScoringModel.Default);
    private static readonly Actor Plain = new("x", ActorKind.State, "X");
    private static readonly Actor Great = new("g", ActorKind.State, "G") { GreatPower = true };

    [Theory]
    [InlineData(RelationType.FormalAlliance, 0.9, Tier.Core)]
    [InlineData(RelationType.Proxy, 0.5, Tier.Core)]
    [InlineData(RelationType.StrategicPartner, 0.65, Tier.Core)]
    [InlineData(RelationType.StrategicPartner, 0.5, Tier.Varying)]
    [InlineData(RelationType.PragmaticPartner, 0.3, Tier.Varying)]
    [InlineData(RelationType.Mediator, 0.25, Tier.Varying)]
    [InlineData(RelationType.Rival, -0.4, Tier.Adversary)]
    [InlineData(RelationType.PartnerCompetitor, -0.3, Tier.Adversary)]
    public void Tier_follows_type_and_score(RelationType type, double score, Tier expected) =>
        Assert.Equal(expected, _rules.TierFor(type, score, Plain, isFormer: false));

    [Fact]
    public void Great_powers_are_flagged_in_data_not_named_in_code()
    {
        Assert.Equal(Tier.GreatPower, _rules.TierFor(RelationType.StrategicPartner, 0.6, Great, false));
        Assert.Equal(Tier.Core, _rules.TierFor(RelationType.FormalAlliance, 0.9, Great, false));
        Assert.Equal(Tier.Varying, _rules.TierFor(RelationType.EconomicPartner, 0.2, Great, false));
    }

    [Fact]
    public void Ended_relations_are_former_whatever_their_type() =>
        Assert.Equal(Tier.Former, _rules.TierFor(RelationType.Adversary, -0.9, Plain, isFormer: true));
}
