using Entente.Answers;
using Entente.Assessing;

namespace Entente.Tests.Answers;

/// <summary>UN voting agreement is a signal beside a relation: shown, and a small nudge to the score, never a relation.</summary>
public sealed class UnVotingAgreementTests
{
    private static readonly DateOnly AsOf = new(2026, 1, 15);
    private readonly AnswerBuilder _builder = new(new AssessmentEngine(ScoringModel.Default));

    private static KnowledgeSlice Slice(params VotingAgreement[] voting) =>
        new SliceBuilder().State("iran").State("syria").State("venezuela").State("norway")
            .Source("s1", "One")
            .Claim("iran", "syria", RelationType.StrategicPartner, "s1", "2000")
            .Claim("iran", "venezuela", RelationType.StrategicPartner, "s1", "2000")
            .For("iran") with { Voting = voting };

    private AnswerMember Member(Answer answer, string id) => answer.AllMembers.Single(m => m.Actor.Id == id);

    [Fact]
    public void A_member_carries_the_latest_years_agreement_and_its_score_moves_by_at_most_the_weight()
    {
        var without = _builder.Build(Slice(), AsOf);
        var with = _builder.Build(Slice(
            new("iran", "syria", 2019, 60, 80), new("iran", "syria", 2020, 75, 80),
            new("iran", "venezuela", 2020, 20, 80)), AsOf);

        Assert.Equal(new UnVotingAgreement(0.84, 2020, 160) { Since = 2019 }, Member(with, "syria").UnVoting);
        Assert.Null(Member(without, "syria").UnVoting);
        Assert.EndsWith("UN voting agreement: 84% of 160 votes (2019–2020).", Member(with, "syria").Description);
        var syriaShift = Member(with, "syria").Score - Member(without, "syria").Score;
        var venezuelaShift = Member(with, "venezuela").Score - Member(without, "venezuela").Score;
        // Scores are rounded to two decimals, so the shift is the nudge give or take 0.01.
        Assert.InRange(syriaShift, (0.05 * ((2 * 135.0 / 160) - 1)) - 0.011, (0.05 * ((2 * 135.0 / 160) - 1)) + 0.011);
        Assert.InRange(venezuelaShift, (0.05 * ((2 * 20.0 / 80) - 1)) - 0.011, (0.05 * ((2 * 20.0 / 80) - 1)) + 0.011);
        Assert.True(syriaShift > 0 && venezuelaShift < 0);
    }

    [Fact]
    public void Agreement_alone_never_makes_a_relation()
    {
        var answer = _builder.Build(Slice(new VotingAgreement("iran", "norway", 2020, 80, 80)), AsOf);
        Assert.DoesNotContain(answer.AllMembers, m => m.Actor.Id == "norway");
    }

    [Fact]
    public void Years_long_before_the_date_do_not_count()
    {
        var answer = _builder.Build(Slice(new VotingAgreement("iran", "syria", 1990, 80, 80)), AsOf);
        Assert.Null(Member(answer, "syria").UnVoting);
    }
}
