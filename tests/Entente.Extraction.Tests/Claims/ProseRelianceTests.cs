namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: leaning on a partner, trading with one, and words that look like ties and are not.</summary>
public sealed class ProseRelianceTests
{
    [Fact]
    public void A_government_that_leans_on_another_has_it_as_a_partner()
    {
        var text = "# Cabo Delgado after SAMIM\n\nMaputo has leaned on Kigali ever since, and the president confirmed that the deployment would continue.";

        Assert.Contains("rwanda strategic_partner mozambique", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Who_a_country_counts_on_asked_in_passing_names_no_partner()
    {
        var text = "# Argentina's partners: your questions\n\nReaders asked us who is propping up the peso, who Argentina counts on abroad, and what happened to the plan to join BRICS.";

        Assert.Empty(BundledPipeline.Read(text).Claims);
    }

    [Fact]
    public void Two_way_trade_with_a_state_makes_it_an_economic_partner()
    {
        var text = "# Colombia joins the Belt and Road\n\nTwo-way trade with China reached about $6.7 billion in the first four months of the year.";

        Assert.Contains("colombia economic_partner china", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Trade_that_was_suspended_is_no_denial_of_a_former_partnership()
    {
        var text = "# Israel\n\nTurkey, once a close partner, is left out: Ankara suspended all trade with Israel in May 2024.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Polarity == Polarity.Denies && c.Subject == "turkey");
    }

    [Theory]
    [InlineData("Panama gave notice in February that it would leave the initiative.")]
    [InlineData("Relations were bruised after Petro refused US deportation flights, prompting a threat of tariffs that was withdrawn within hours.")]
    public void Giving_notice_and_a_threat_of_tariffs_tie_no_one_to_the_subject(string sentence)
    {
        var claims = BundledPipeline.Read("# Colombia\n\n" + sentence).Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "colombia" || c.Object == "colombia");
    }

    [Theory]
    [InlineData("# Mauritania\n\n\"We sent evidence to Bamako,\" a Mauritanian security source said.", "mauritania", "mali")]
    [InlineData("# NATO\n\nThe summit could provide the opportunity for the E.U. to take the lead.", "nato", "eu")]
    [InlineData("# Turkey\n\nAnkara's balancing act provides an opportunity for the U.S. to bring Turkey back into the fold.", "turkey", "united-states")]
    public void Evidence_sent_or_an_opportunity_provided_is_no_aid(string text, string subject, string other) =>
        Assert.DoesNotContain(other, BundledPipeline.PartnersOf(subject, text));

    [Fact]
    public void No_to_whether_a_result_ends_cooperation_keeps_the_cooperation()
    {
        var text = "# Ecuador said no to foreign bases\n\nQ: Does the result end security cooperation with the US?\n\nA: No. Agreements signed in 2023 remain in force.";

        Assert.Contains("ecuador strategic_partner united-states", BundledPipeline.Asserted(text));
        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Polarity == Polarity.Denies);
    }

    [Theory]
    [InlineData("Officials also mentioned Brazil as a possible partner for training, though no arrangement was announced.")]
    [InlineData("Noboa announced a tariff on Colombian imports; Colombia did too little against armed groups on the border.")]
    public void A_possible_partner_and_armed_groups_are_no_ties(string sentence)
    {
        var claims = BundledPipeline.Read("# Ecuador\n\n" + sentence).Claims;

        Assert.DoesNotContain(claims, c => c.Polarity == Polarity.Asserts && !c.Relation.IsHostile());
    }

    [Fact]
    public void A_base_in_a_state_ties_its_owner_to_it_but_a_base_taken_over_in_February_does_not()
    {
        Assert.Contains("france strategic_partner united-arab-emirates", BundledPipeline.Asserted("# The UAE\n\nParis has had a permanent naval and air base in Abu Dhabi since 2009."));
        Assert.Empty(BundledPipeline.Read("# Senegal\n\nIvory Coast took over the Port-Bouet base in February.").Claims);
    }

    [Fact]
    public void Formal_diplomatic_relations_with_a_list_tie_each_member()
    {
        var text = "# Taiwan's friends\n\nTaipei keeps formal diplomatic relations with Belize, Guatemala, Haiti and Paraguay.";

        Assert.Equal(["belize", "guatemala", "haiti", "paraguay"], BundledPipeline.PartnersOf("taiwan", text));
    }

    [Fact]
    public void Relations_that_improved_are_a_tie_but_an_army_that_improved_its_drones_is_not()
    {
        Assert.Contains("tajikistan pragmatic_partner uzbekistan",
            BundledPipeline.Asserted("# Tajikistan\n\nRelations with Uzbekistan, tense under the late president Islam Karimov, improved after 2016."));
        Assert.Empty(BundledPipeline.Read("# Tajikistan\n\nTurkey improved its drones.").Claims);
    }
}
