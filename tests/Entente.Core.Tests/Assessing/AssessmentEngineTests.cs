using Entente.Answers;
using Entente.Assessing;

namespace Entente.Tests.Assessing;

public sealed class AssessmentEngineTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);
    private readonly AssessmentEngine _engine = new(ScoringModel.Default);

    private Assessment? Assess(KnowledgeSlice slice, string other, DateOnly? asOf = null)
    {
        var date = asOf ?? Today;
        var ids = slice.SubjectIdsAsOf(date);
        var claims = slice.Claims.Where(c => c.Involves(other) && (ids.Contains(c.Subject) || ids.Contains(c.Object)))
            .Select(c => (c, slice.Sources[c.SourceId])).ToList();
        return _engine.Assess(new PairEvidence(slice.Subject.Id, ids, slice.Actors[other], claims), date);
    }

    private static SliceBuilder Base() => new SliceBuilder()
        .State("iran").State("russia", greatPower: true).State("oman").State("israel")
        .Group("hezbollah", "LBN")
        .Source("s1", "Publisher One").Source("s2", "Publisher Two").Source("s3", "Publisher Three", "C3", "2010")
        .Source("wiki", "Wikipedia", "C2");

    [Fact]
    public void A_proxy_backed_by_two_publishers_is_core_with_high_confidence()
    {
        var slice = Base()
            .Claim("iran", "hezbollah", RelationType.Proxy, "s1", "1982", areas: [Area.Weapons, Area.Funding])
            .Claim("iran", "hezbollah", RelationType.Proxy, "s2", "1982", areas: [Area.Training])
            .For("iran");

        var a = Assess(slice, "hezbollah")!;

        Assert.Equal(RelationType.Proxy, a.Type);
        Assert.Equal(RelationRole.SubjectActs, a.Role);
        Assert.Equal(Tier.Core, a.Tier);
        Assert.True(a.Confidence >= 0.9, $"confidence {a.Confidence}");
        Assert.True(a.Score > 0.85, $"score {a.Score}");
        Assert.Equal([Area.Weapons, Area.Funding, Area.Training], a.Areas);
        Assert.Equal("1982", a.Since.ToString());
        Assert.False(a.Contested);
    }

    [Fact]
    public void Two_claims_from_one_publisher_count_as_one_voice()
    {
        var once = Base().Claim("iran", "oman", RelationType.Mediator, "s1").For("iran");
        var twice = Base().Source("s1b", "Publisher One").Claim("iran", "oman", RelationType.Mediator, "s1").Claim("iran", "oman", RelationType.Mediator, "s1b").For("iran");
        var independent = Base().Claim("iran", "oman", RelationType.Mediator, "s1").Claim("iran", "oman", RelationType.Mediator, "s2").For("iran");

        Assert.Equal(Assess(once, "oman")!.Confidence, Assess(twice, "oman")!.Confidence);
        Assert.True(Assess(independent, "oman")!.Confidence > Assess(once, "oman")!.Confidence);
    }

    [Fact]
    public void Less_reliable_and_hedged_sources_give_less_confidence()
    {
        var solid = Assess(Base().Claim("iran", "oman", RelationType.Mediator, "s1").For("iran"), "oman")!;
        var weak = Assess(Base().Claim("iran", "oman", RelationType.Mediator, "wiki").For("iran"), "oman")!;
        var hedged = Assess(Base().Claim("iran", "oman", RelationType.Mediator, "s1", hedged: true).For("iran"), "oman")!;

        Assert.True(weak.Confidence < solid.Confidence);
        Assert.True(hedged.Confidence < solid.Confidence);
    }

    [Fact]
    public void Older_sources_count_less_than_recent_ones()
    {
        var weigher = new ClaimWeigher(ScoringModel.Default);
        Assert.Equal(1.0, weigher.Recency(PartialDate.Parse("2026"), Today), 2);
        Assert.True(weigher.Recency(PartialDate.Parse("2010"), Today) < weigher.Recency(PartialDate.Parse("2020"), Today));
        Assert.True(weigher.Recency(PartialDate.Parse("1950"), Today) >= ScoringModel.Default.RecencyFloor);
    }

    [Fact]
    public void A_relation_that_ended_is_former_with_its_end_date()
    {
        var slice = Base().Claim("iran", "russia", RelationType.Ally, "s1", "1980", "2024-12-08").For("iran");

        var before = Assess(slice, "russia", new DateOnly(2023, 6, 1))!;
        var after = Assess(slice, "russia")!;

        Assert.NotEqual(Tier.Former, before.Tier);
        Assert.Equal(Tier.Former, after.Tier);
        Assert.Equal("2024-12-08", after.Until.ToString());
    }

    [Fact]
    public void A_relation_not_yet_begun_is_absent()
    {
        var slice = Base().Claim("iran", "oman", RelationType.Mediator, "s1", "2013").For("iran");
        Assert.Null(Assess(slice, "oman", new DateOnly(2010, 1, 1)));
    }

    [Fact]
    public void Hostile_relations_are_adversaries_with_negative_scores()
    {
        var a = Assess(Base().Claim("iran", "israel", RelationType.Adversary, "s1", "1979").For("iran"), "israel")!;
        Assert.Equal(Tier.Adversary, a.Tier);
        Assert.True(a.Score < -0.5);
    }

    [Fact]
    public void A_great_power_partner_gets_its_own_tier()
    {
        var a = Assess(Base().Claim("iran", "russia", RelationType.StrategicPartner, "s1").Claim("iran", "russia", RelationType.StrategicPartner, "s2").For("iran"), "russia")!;
        Assert.Equal(Tier.GreatPower, a.Tier);
    }

    [Fact]
    public void Sources_that_pick_different_classes_make_the_relation_contested()
    {
        var slice = Base()
            .Claim("iran", "hezbollah", RelationType.Proxy, "s1")
            .Claim("iran", "hezbollah", RelationType.StrategicPartner, "s2")
            .For("iran");

        var a = Assess(slice, "hezbollah")!;

        Assert.True(a.Contested);
        Assert.NotNull(a.Dispute);
        Assert.Equal(RelationType.Proxy, a.Dispute!.Statement);
        Assert.Single(a.Dispute.For);
        Assert.Single(a.Dispute.Against);
    }

    [Fact]
    public void A_denial_of_a_closer_tie_is_a_viewpoint_but_does_not_contest_the_partnership()
    {
        var slice = Base()
            .Claim("iran", "russia", RelationType.StrategicPartner, "s1")
            .Claim("iran", "russia", RelationType.FormalAlliance, "s2", polarity: Polarity.Denies)
            .For("iran");

        var a = Assess(slice, "russia")!;

        Assert.Equal(RelationType.StrategicPartner, a.Type);
        Assert.False(a.Contested);
        Assert.Equal(RelationType.FormalAlliance, a.Dispute!.Statement);
        Assert.Empty(a.Dispute.For);
        Assert.Equal(2, a.Dispute.Against.Count);
    }

    [Fact]
    public void A_denial_of_the_winning_reading_lowers_the_score_and_contests_it()
    {
        var plain = Assess(Base().Claim("iran", "russia", RelationType.Ally, "s1").For("iran"), "russia")!;
        var denied = Assess(Base().Claim("iran", "russia", RelationType.Ally, "s1").Claim("iran", "russia", RelationType.Ally, "s2", polarity: Polarity.Denies).For("iran"), "russia")!;

        Assert.True(denied.Score < plain.Score);
        Assert.True(denied.Contested);
    }

    [Fact]
    public void A_proxy_seen_from_the_group_points_at_its_sponsor()
    {
        var slice = Base().Claim("iran", "hezbollah", RelationType.Proxy, "s1").For("hezbollah");
        var a = Assess(slice, "iran")!;
        Assert.Equal(RelationRole.OtherActs, a.Role);
    }

    [Fact]
    public void Claims_that_only_name_support_still_give_a_type()
    {
        var slice = Base().Claim("iran", "hezbollah", null, "s1", areas: [Area.Weapons]).For("iran");
        var a = Assess(slice, "hezbollah")!;
        Assert.Equal(RelationType.Proxy, a.Type);
    }
}
