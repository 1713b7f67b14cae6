namespace Entente.Extraction.Tests.Claims;

/// <summary>Tie and rivalry phrases written with one more word than the lexicon lists, or new to it: "improve its relationship with", "acceded to", "competes for regional hegemony with".</summary>
public sealed class ProseTieVariantsTests
{
    [Theory]
    [InlineData("# Laos\n\nVietnam, to improve its relationship with Laos, signed several agreements.", "laos", "vietnam")]
    [InlineData("# Liberia\n\nFor example, Liberia maintains warm diplomatic relations with China, which has invested in the country.", "liberia", "china")]
    [InlineData("# Panama\n\nIn 2017, Panama undertook a diplomatic reorientation, severing its long-standing ties with Taiwan in favor of establishing relations with Beijing.", "panama", "china")]
    [InlineData("# Libya's Government of National Accord requests military assistance\n\nThe GNA has international support of the US and Turkey.", "government-of-national-accord", "turkey")]
    public void A_relation_noun_with_a_word_more_before_it_still_ties(string text, string subject, string partner)
    {
        Assert.Contains(partner, BundledPipeline.PartnersOf(subject, text));
    }

    [Fact]
    public void A_treaty_between_several_parties_ties_each_to_the_others()
    {
        var text = "# New Zealand and Five Eyes\n\nIt is an intelligence-sharing treaty between Australia, Canada, the United Kingdom, United States and New Zealand.";

        var partners = BundledPipeline.PartnersOf("new-zealand", text);

        Assert.Contains("australia", partners);
        Assert.Contains("canada", partners);
    }

    [Fact]
    public void Acceding_to_a_bloc_is_joining_it()
    {
        var text = "# Foreign relations of Estonia\n\nFollowing the restoration of sovereignty, Estonia acceded to the North Atlantic Treaty Organization on 29 March 2004.";

        Assert.Contains("estonia member_of nato", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void The_suspension_of_an_accession_is_no_membership()
    {
        var text = "# Georgia\n\nThe EU announced the suspension of the country's accession to the European Union.";

        Assert.DoesNotContain("eu", BundledPipeline.PartnersOf("georgia", text));
    }

    [Fact]
    public void A_grouping_of_states_has_them_as_members()
    {
        var text = "# Quadrilateral Security Dialogue\n\nThe Quadrilateral Security Dialogue is a grouping of Australia, India, Japan, and the United States.";

        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains("australia member_of quad", asserted);
        Assert.Contains("india member_of quad", asserted);
    }

    [Fact]
    public void The_principal_member_of_a_coalition_is_a_member()
    {
        var text = "# Congo River Alliance\n\nThe Congo River Alliance is a coalition of armed groups. The coalition's principal member is the March 23 Movement (M23), a rebel group.";

        Assert.Contains("m23 member_of congo-river-alliance", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Uniting_ranks_against_states_is_hostile_to_them()
    {
        var text = "# GCC Summit Highlights Tensions\n\nThe Gulf Cooperation Council was established to protect itself against any foreign attack and it succeeded in uniting ranks against Iran.";

        Assert.Contains("iran", BundledPipeline.AdversariesOf("gcc", text));
    }

    [Fact]
    public void Cutting_ties_to_switch_sides_ends_a_partnership_a_bare_cut_denies_one()
    {
        var switched = "# Kiribati\n\nKiribati severed diplomatic ties with Taiwan and established relations with China in September 2019.";
        var bare = "# Kiribati\n\nKiribati severed diplomatic ties with Taiwan in September 2019.";

        var ended = Assert.Single(BundledPipeline.Read(switched).Claims, c => c.Object == "taiwan" || c.Subject == "taiwan");
        Assert.Equal(Polarity.Asserts, ended.Polarity);
        Assert.NotNull(ended.Validity.Until);
        Assert.DoesNotContain("taiwan", BundledPipeline.PartnersOf("kiribati", bare));
    }

    [Fact]
    public void A_field_word_before_the_relation_noun_keeps_the_tie()
    {
        var text = "# Malaysia\n\nBut Malaysia also has close defence ties with the US and facilitates its military presence in Southeast Asia.";

        Assert.Contains("united-states", BundledPipeline.PartnersOf("malaysia", text));
    }

    [Fact]
    public void A_pair_that_works_together_on_something_are_partners()
    {
        var text = "# Bulgaria\n\n“Bulgaria and Greece will continue to work together on energy security and diversity,” he added.";

        Assert.Contains("greece", BundledPipeline.PartnersOf("bulgaria", text));
    }

    [Fact]
    public void Competing_for_something_with_a_state_and_a_cold_war_are_rivalries_a_rift_is_not()
    {
        var competes = "# Uzbekistan\n\nIt wants to affirm its independence from Russian influence as it competes for regional hegemony with Kazakhstan.";
        var coldWar = "# Sierra Leone\n\nSierra Leone and Guinea have been fighting a cold war over the ownership of Yenga.";
        var rift = "# Colombia\n\nA deepening rift between Colombia and the United States has prompted a reassessment.";

        Assert.Contains("kazakhstan", BundledPipeline.AdversariesOf("uzbekistan", competes));
        Assert.Contains("guinea", BundledPipeline.AdversariesOf("sierra-leone", coldWar));
        Assert.Empty(BundledPipeline.AdversariesOf("colombia", rift));
    }

    [Fact]
    public void Whom_a_state_arms_itself_to_deter_is_its_adversary()
    {
        var text = "# Latvia\n\nLatvia boosted defence spending to deter Russian aggression.";

        Assert.Contains("russia", BundledPipeline.AdversariesOf("latvia", text));
    }
}
