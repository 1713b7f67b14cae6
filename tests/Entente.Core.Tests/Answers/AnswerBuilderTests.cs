using Entente.Answers;
using Entente.Assessing;

namespace Entente.Tests.Answers;

public sealed class AnswerBuilderTests
{
    private readonly AnswerBuilder _builder = new(new AssessmentEngine(ScoringModel.Default));

    private static SliceBuilder Network() => new SliceBuilder()
        .State("iran", demonym: "Iranian").State("russia", greatPower: true).State("oman").State("israel").State("syria", iso3: "SYR", demonym: "Syrian")
        .State("lebanon", iso3: "LBN", demonym: "Lebanese")
        .Group("hezbollah", "LBN").Group("houthis", "YEM")
        .Government("assad-government", "syria", "1971", "2024-12-08")
        .Bloc("axis")
        .Source("s1", "One").Source("s2", "Two").Source("s3", "Three")
        .Claim("iran", "hezbollah", RelationType.Proxy, "s1", "1982", areas: [Area.Weapons, Area.Funding, Area.Training])
        .Claim("iran", "houthis", RelationType.Proxy, "s2", "2014", areas: [Area.Weapons])
        .Claim("iran", "russia", RelationType.StrategicPartner, "s1", "2001")
        .Claim("iran", "russia", RelationType.FormalAlliance, "s3", "2025", polarity: Polarity.Denies)
        .Claim("oman", "iran", RelationType.Mediator, "s2", "2013")
        .Claim("iran", "israel", RelationType.Adversary, "s1", "1979")
        .Claim("iran", "assad-government", RelationType.Ally, "s1", "1980", "2024-12-08", areas: [Area.AdvisorsTroops])
        .Claim("assad-government", "russia", RelationType.Ally, "s2", "2015", "2024-12-08")
        .Claim("iran", "axis", RelationType.MemberOf, "s1", "2002")
        .Claim("hezbollah", "axis", RelationType.MemberOf, "s1", "2002")
        .Claim("iran", "houthis", RelationType.Proxy, "s3", "2014").WithStatus(ClaimStatus.Rejected);

    [Fact]
    public void Groups_members_into_the_design_tiers()
    {
        var answer = _builder.Build(Network().For("iran"), new DateOnly(2026, 1, 15));

        Assert.Equal(["core", "great_power", "varying"], answer.Groups.Select(g => g.Tier.ToWire()));
        Assert.Equal(["hezbollah", "houthis"], answer.Groups[0].Members.Select(m => m.Actor.Id));
        Assert.Equal("russia", Assert.Single(answer.Groups[1].Members).Actor.Id);
        Assert.Equal("oman", Assert.Single(answer.Groups[2].Members).Actor.Id);
        Assert.Equal("israel", Assert.Single(answer.Adversaries).Actor.Id);
        Assert.Equal("assad-government", Assert.Single(answer.Former).Actor.Id);
    }

    [Fact]
    public void Labels_read_from_the_subject_side()
    {
        var answer = _builder.Build(Network().For("iran"), new DateOnly(2026, 1, 15));
        var labels = answer.AllMembers.ToDictionary(m => m.Actor.Id, m => m.Label);

        Assert.Equal("Non-state proxy ally", labels["hezbollah"]);
        Assert.Equal("Strategic great-power partner", labels["russia"]);
        Assert.Equal("Mediator", labels["oman"]);
        Assert.Equal("Former ally", labels["assad-government"]);
        Assert.Equal("State sponsor", _builder.Build(Network().For("hezbollah"), new DateOnly(2026, 1, 15)).Groups[0].Members.Single().Label);
    }

    [Fact]
    public void As_of_before_the_fall_the_former_partner_is_core_again()
    {
        var answer = _builder.Build(Network().For("iran"), new DateOnly(2023, 6, 1));
        Assert.Contains(answer.Groups[0].Members, m => m.Actor.Id == "assad-government");
        Assert.Empty(answer.Former);
    }

    [Fact]
    public void A_state_answers_with_the_relations_of_the_government_that_ruled_it_then()
    {
        var then = _builder.Build(Network().For("syria"), new DateOnly(2023, 6, 1));
        var now = _builder.Build(Network().For("syria"), new DateOnly(2026, 1, 15));

        Assert.Contains(then.Groups.SelectMany(g => g.Members), m => m.Actor.Id == "russia");
        Assert.DoesNotContain(now.AllMembers, m => m.Actor.Id == "russia");
    }

    [Fact]
    public void Rejected_claims_carry_no_weight()
    {
        var answer = _builder.Build(Network().For("iran"), new DateOnly(2026, 1, 15));
        Assert.Single(answer.Groups[0].Members.Single(m => m.Actor.Id == "houthis").Sources);
    }

    [Fact]
    public void Summary_and_time_context_come_from_the_data()
    {
        var answer = _builder.Build(Network().For("iran"), new DateOnly(2026, 1, 15));

        Assert.StartsWith("Iran has no formal treaty allies; its closest partners are Hezbollah and the Houthis", answer.Summary);
        Assert.Contains("Among great powers it counts on Russia, without a mutual-defence commitment.", answer.Summary);
        Assert.Contains("adversaries are Israel", answer.Summary);
        Assert.Contains("the Assad Government, an ally until 8 December 2024, is now a former partner", answer.Summary);
        Assert.Contains("The Assad Government ceased to be an ally (8 December 2024)", answer.TimeContext);
    }

    [Fact]
    public void Lists_blocs_with_their_members_as_of_the_date()
    {
        var answer = _builder.Build(Network().For("iran"), new DateOnly(2026, 1, 15));
        var bloc = Assert.Single(answer.Blocs);
        Assert.Equal(["hezbollah", "iran"], bloc.Members.Select(m => m.Id));
        Assert.DoesNotContain(answer.AllMembers, m => m.Actor.Id == "axis");
    }

    [Fact]
    public void Viewpoints_name_the_sources_on_each_side()
    {
        var answer = _builder.Build(Network().For("iran"), new DateOnly(2026, 1, 15));
        var view = Assert.Single(answer.Viewpoints);
        Assert.Equal("Iran and Russia are bound by a mutual-defence alliance", view.Claim);
        Assert.Empty(view.For);
        Assert.Equal(["One, \"Title of s1\" (2025)", "Three, \"Title of s3\" (2025)"], view.Against.Order());
    }

    [Fact]
    public void Descriptions_are_generated_sentences()
    {
        var answer = _builder.Build(Network().For("iran"), new DateOnly(2026, 1, 15));
        var hezbollah = answer.Groups[0].Members.Single(m => m.Actor.Id == "hezbollah");
        Assert.Equal("Lebanese armed group; non-state proxy ally of Iran since 1982 — weapons, funding and training.", hezbollah.Description);
    }

    [Fact]
    public void A_pair_question_narrows_the_answer_and_gives_a_verdict()
    {
        var answer = _builder.Build(Network().For("iran"), new DateOnly(2026, 1, 15));
        var oman = answer.AllMembers.Single(m => m.Actor.Id == "oman").Actor;

        var narrowed = PairAnswer.Narrow(answer, oman, "is Oman an ally of Iran?");

        Assert.Equal("partly", narrowed.Verdict!.Answer);
        Assert.StartsWith("Partly. Oman is a mediator for Iran, not an ally", narrowed.Verdict.Text);
        Assert.Equal(["oman"], narrowed.AllMembers.Select(m => m.Actor.Id));
    }
}

public sealed class ProseTests
{
    [Theory]
    [InlineData("United States", "the United States")]
    [InlineData("Houthis", "the Houthis")]
    [InlineData("Popular Mobilization Forces", "the Popular Mobilization Forces")]
    [InlineData("Assad government", "the Assad government")]
    [InlineData("Iran", "Iran")]
    [InlineData("Hezbollah", "Hezbollah")]
    [InlineData("Laos", "Laos")]
    public void Names_take_the_article_they_need_in_a_sentence(string name, string expected) => Assert.Equal(expected, Prose.Name(name));

    [Theory]
    [InlineData("Iran", "Iran's")]
    [InlineData("United States", "United States'")]
    public void Possessives_follow_the_final_s(string name, string expected) => Assert.Equal(expected, Prose.Possessive(name));
}
