namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: who does what past relative clauses and asides, list labels, places, sanctions and purchases.</summary>
public sealed class ProseDoersAndPlacesTests
{
    [Fact]
    public void The_verb_after_a_relative_clause_belongs_to_the_name_before_which()
    {
        var text = "# Somalia\n\nThe United States, which carries out frequent air strikes against the group and against Islamic State fighters in Puntland, supports the federal army.";

        Assert.Equal(["united-states strategic_partner somalia"], BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_defence_protocol_is_a_tie_and_troops_for_a_force_are_not_sent_to_whom_it_fights()
    {
        var text = "# Somalia\n\nEgypt signed a defence protocol with Somalia in August 2024 and has pledged troops to the African Union force fighting al-Shabaab.";

        var claims = BundledPipeline.Asserted(text);

        Assert.Equal(["egypt"], BundledPipeline.PartnersOf("somalia", text));
        Assert.DoesNotContain(claims, l => l.Contains("al-shabaab", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_others_accuse_in_a_relative_clause_is_not_the_one_speaking()
    {
        var text = "# Poland\n\nRelations with Belarus, which Polish officials accuse of pushing migrants across the frontier, are openly hostile.";

        Assert.Equal(["belarus"], BundledPipeline.AdversariesOf("poland", text));
    }

    [Fact]
    public void A_list_items_label_is_what_the_item_describes_and_a_bloc_after_inside_the_is_a_place()
    {
        var text = "# Serbia: neutral\n\n- China. Described by both governments as an \"ironclad friend\".\n"
            + "- Hungary. The Orban government is the most supportive voice for Serbia inside the EU.";

        Assert.Equal(["china", "hungary"], BundledPipeline.PartnersOf("serbia", text));
    }

    [Fact]
    public void A_groups_leaders_hosted_by_a_state_tie_the_two()
    {
        var text = "# Qatar and Hamas\n\nHamas's leaders have been hosted by Qatar since 2012.";

        Assert.Equal(["qatar pragmatic_partner hamas"], BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Buying_a_nations_fuel_or_power_is_trade_with_it()
    {
        var diesel = "# Trade notes\n\nBrazil imports large amounts of Russian diesel and fertiliser.";
        var power = "# Trade notes\n\nKenya buys Ethiopian power through a high-voltage link.";

        Assert.Equal(["brazil economic_partner russia"], BundledPipeline.Asserted(diesel));
        Assert.Equal(["kenya economic_partner ethiopia"], BundledPipeline.Asserted(power));
    }

    [Fact]
    public void What_both_of_a_pair_are_the_subject_is()
    {
        var text = "# Kazakhstan's partners\n\nKazakhstan and Russia share a long border. Both are founding members of the SCO.";

        Assert.Contains("kazakhstan member_of sco", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Sanctions_deny_an_alliance_but_make_no_enemy()
    {
        var text = "# Belarus\n\nThe EU, the United States, the United Kingdom and Canada have imposed successive rounds of sanctions on Minsk since 2020.";

        var claims = BundledPipeline.Read(text).Claims;

        Assert.Empty(BundledPipeline.AdversariesOf("belarus", text));
        Assert.Equal(4, claims.Count(c => c.Object == "belarus" && c.Polarity == Polarity.Denies));
    }

    [Fact]
    public void Ties_with_a_named_partner_are_that_partners_alone()
    {
        var text = "# Iraq balancing\n\nTies with Ankara have improved since Baghdad banned the PKK in 2024.";

        Assert.Equal(["turkey"], BundledPipeline.PartnersOf("iraq", text));
    }

    [Fact]
    public void A_name_inside_an_aside_opened_by_until_is_not_the_doer_of_the_verb_after_it()
    {
        var text = "# Iraq balancing\n\nIran is its biggest neighbour and, until Washington ended a sanctions waiver in March, sold it the gas and electricity that keep Iraqi power plants running.";

        Assert.Equal(["iran"], BundledPipeline.PartnersOf("iraq", text));
    }

    [Fact]
    public void Two_named_as_its_partners_are_the_subjects_partners_not_each_others()
    {
        var text = "# Who are Nicaragua's friends\n\nCuba and Venezuela are its partners in ALBA, the leftist bloc founded by Hugo Chávez and Fidel Castro.";

        Assert.Equal(["nicaragua strategic_partner cuba", "nicaragua strategic_partner venezuela"], BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_verb_whose_object_is_an_organisation_we_do_not_know_ties_no_one_to_the_subject()
    {
        var text = "# Rabat celebrates\n\nAlgeria, which hosts and arms the pro-independence Polisario Front, refused to take part in the vote.";

        Assert.Empty(BundledPipeline.PartnersOf("morocco", text));
    }

    [Fact]
    public void A_country_a_pipeline_runs_through_is_a_place_not_a_partner()
    {
        var text = "# Niger's junta\n\nChina, whose state oil company built and runs the export pipeline through Benin, remains the country's biggest foreign investor.";

        Assert.Equal(["china"], BundledPipeline.PartnersOf("niger", text));
    }

    [Fact]
    public void Rulers_named_by_where_they_sit_are_their_state_and_head_a_list()
    {
        var partners = BundledPipeline.PartnersOf("mali", "# Mali\n\nMali has since drawn closer to the juntas in Burkina Faso and Niger.");

        Assert.Contains("burkina-faso", partners);
        Assert.Contains("niger", partners);
    }

    [Fact]
    public void A_place_after_in_is_still_no_party()
    {
        var partners = BundledPipeline.PartnersOf("iran", "# Iran\n\nIran backs Hezbollah in Lebanon.");

        Assert.DoesNotContain("lebanon", partners);
    }
}
