namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: clauses that keep their own names and times, partnership words in the plural, and who "It" is.</summary>
public sealed class ProseClauseTests
{
    [Fact]
    public void Partnerships_in_the_plural_and_an_export_market_are_ties()
    {
        var text = "# Vietnam\n\nVietnam has comprehensive strategic partnerships with China, Russia and India. The United States is Vietnam's largest export market.";

        Assert.Equal(["china", "india", "russia", "united-states"], BundledPipeline.PartnersOf("vietnam", text));
    }

    [Fact]
    public void Two_funders_named_together_each_fund_the_subject_not_each_other()
    {
        var text = "# Syria after Assad\n\nQatar and Saudi Arabia are the main Gulf funders: this spring they paid off Syria's arrears at the World Bank.";

        var claims = BundledPipeline.Asserted(text);

        Assert.Contains("qatar economic_partner syria", claims);
        Assert.Contains("saudi-arabia economic_partner syria", claims);
        Assert.DoesNotContain(claims, l => l.Contains("qatar", StringComparison.Ordinal) && l.Contains("saudi-arabia", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_joined_by_and_the_keeps_its_own_names_and_its_own_date()
    {
        var text = "# How Saudi Arabia hedges\n\nIran is still regarded as the main rival, and the truce with the Houthis that has held since 2022 is treated as fragile.";

        var rival = Assert.Single(BundledPipeline.Read(text).Claims, c => c.Object == "iran");

        Assert.Equal("saudi-arabia", rival.Subject);
        Assert.Null(rival.Validity.From);
    }

    [Fact]
    public void Relations_described_as_cordial_are_a_tie_and_the_years_of_an_aside_about_the_break_are_not_its_span()
    {
        var text = "# How Saudi Arabia hedges\n\nTies with Qatar, broken off from 2017 to 2021, are now cordial.";

        var tie = Assert.Single(BundledPipeline.Read(text).Claims);

        Assert.Equal("saudi-arabia strategic_partner qatar", BundledPipeline.Line(tie));
        Assert.Null(tie.Validity.From);
        Assert.Null(tie.Validity.Until);
    }

    [Fact]
    public void It_continues_the_actor_the_sentence_before_opened_with_unless_it_stands_for_no_one()
    {
        var continued = "# How Saudi Arabia hedges\n\nChina occupies a different shelf. It is the largest buyer of Saudi crude.";
        var empty = "# How Saudi Arabia hedges\n\nChina occupies a different shelf. It is unclear whether Riyadh trusts the United States as an ally.";

        Assert.Equal(["saudi-arabia economic_partner china"], BundledPipeline.Asserted(continued));
        Assert.DoesNotContain(BundledPipeline.Asserted(empty), l => l.Contains("china", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_naming_a_war_is_where_the_war_is_not_a_partner()
    {
        var text = "# How Saudi Arabia hedges\n\nRelations with the United Arab Emirates, a close partner in the Yemen war, have become more competitive.";

        Assert.Equal(["united-arab-emirates"], BundledPipeline.PartnersOf("saudi-arabia", text));
    }

    [Fact]
    public void Sanctions_a_third_actor_imposes_are_not_the_subjects()
    {
        var text = "# Serbia\n\nBelgrade resists any demand to align with EU sanctions on Moscow.";

        Assert.Empty(BundledPipeline.AdversariesOf("serbia", text));
    }

    [Fact]
    public void A_partnership_still_under_negotiation_is_no_tie()
    {
        var text = "# Lebanon\n\nBeirut hopes to speed up talks on a strategic partnership agreement with the EU.";

        Assert.Empty(BundledPipeline.PartnersOf("lebanon", text));
    }

    [Fact]
    public void The_subject_named_before_a_semicolon_does_not_do_what_the_next_clause_does()
    {
        var text = "# Lebanon\n\nLebanon and Israel are formally still at war; on Sunday an Israeli strike in Beirut killed Hezbollah's military chief.";

        Assert.DoesNotContain("hezbollah", BundledPipeline.AdversariesOf("lebanon", text));
    }

    [Fact]
    public void An_unknown_name_before_a_passive_cue_is_the_one_backed_not_the_subject()
    {
        var text = "# Qatar\n\nQatar mediated the Congo talks. UN experts say M23 is backed by Rwanda, which denies it.";

        Assert.DoesNotContain("rwanda", BundledPipeline.PartnersOf("qatar", text));
    }

    [Fact]
    public void A_verb_in_quotation_marks_reports_a_disputed_word_not_a_tie()
    {
        var quoted = "# Ethiopia\n\nTrump said that the United States had \"funded\" the dam.";
        var plain = "# Ethiopia\n\nTrump said that the United States had funded the dam.";

        Assert.Empty(BundledPipeline.PartnersOf("ethiopia", quoted));
        Assert.Equal(["united-states"], BundledPipeline.PartnersOf("ethiopia", plain));
    }

    [Fact]
    public void The_federal_army_is_the_subjects_and_a_span_of_years_dates_the_tie()
    {
        var text = "# Ethiopia\n\nAsmara's troops fought alongside the federal army against Tigrayan forces in 2020-2022.";

        var ally = Assert.Single(BundledPipeline.Read(text).Claims);

        Assert.Equal("eritrea ally ethiopia", BundledPipeline.Line(ally));
        Assert.Equal("2020", ally.Validity.From?.ToString());
        Assert.Equal("2022", ally.Validity.Until?.ToString());
    }

    [Fact]
    public void A_long_list_with_the_year_each_joined_is_read_to_its_end()
    {
        var text = "# Foreign relations of Mongolia\n\nStrategic partnerships were also concluded with India (2015), the United States (2019), "
            + "South Korea (2021), France (2023) and Germany (2024).";

        Assert.Equal(["france", "germany", "india", "south-korea", "united-states"], BundledPipeline.PartnersOf("mongolia", text));
    }

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
}
