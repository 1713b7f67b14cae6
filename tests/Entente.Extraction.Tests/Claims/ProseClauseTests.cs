namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: clauses that keep their own names and times, partnership words in the plural, who "It" and "Its" are, and lists of demonyms.</summary>
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
    public void It_after_an_opening_phrase_continues_an_opener_after_one_in_the_paragraph_before()
    {
        var text = "# Myanmar's war\n\nNevertheless, China still plays both sides of the field.\n\nTraditionally, it has supported ethnic armed groups such as the MNDAA.";

        Assert.DoesNotContain("mndaa", BundledPipeline.PartnersOf("myanmar", text));
        Assert.Contains("china proxy mndaa", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Its_opening_a_sentence_is_the_one_actor_the_sentence_before_named_unless_that_one_named_the_subject()
    {
        var another = "# The Dominican Republic switches\n\nThe Dominican Republic cut ties with Taipei in 2018.\n\n"
            + "Latin America is a region where Taiwan keeps diplomatic relations with many states. Its list of allies includes Belize, Haiti and Paraguay.";
        var subjects = "# Hamas\n\nTehran has for years supplied Hamas with weapons. Its ally Hezbollah opened a front in 2023.";

        Assert.DoesNotContain(BundledPipeline.PartnersOf("dominican-republic", another), p => p is "belize" or "haiti" or "paraguay");
        Assert.Contains("hezbollah", BundledPipeline.PartnersOf("hamas", subjects));
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

        var claims = BundledPipeline.Read(text).Claims;
        // "Tigrayan forces" name the TPLF's: the fight against them is hostile, never an alliance.
        var ally = Assert.Single(claims, c => !c.Relation.IsHostile());

        Assert.Equal("eritrea ally ethiopia", BundledPipeline.Line(ally));
        Assert.All(claims.Where(c => c.Object == "tplf" || c.Subject == "tplf"), c => Assert.True(c.Relation.IsHostile()));
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
    public void An_actor_named_again_after_but_is_read_there_and_it_after_but_is_the_sentences_opener()
    {
        var named = "# Taiwan's friends\n\nTokyo has no embassy in Taipei, but Japan is one of the island's closest unofficial partners.";
        var it = "# Taiwan's friends\n\nTokyo has no diplomatic relations with Taipei, but it is one of the island's closest unofficial partners.";

        Assert.Equal(["japan"], BundledPipeline.PartnersOf("taiwan", named));
        Assert.Equal(["japan"], BundledPipeline.PartnersOf("taiwan", it));
    }

    [Fact]
    public void A_state_backed_is_a_partner_not_a_proxy_and_the_junta_is_the_subject()
    {
        var text = "# Burkina Faso\n\nRussia has become the junta's main foreign backer since French special forces were ordered out in February 2023.";

        Assert.Contains("russia strategic_partner burkina-faso", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Countries_that_condemn_an_attack_take_no_side_against_the_subject()
    {
        var text = "# Kenya in Haiti\n\nGangs attacked Kenyan police in Port-au-Prince. The United Kingdom and Turkey have condemned the attacks.";

        var claims = BundledPipeline.Read(text).Claims;

        Assert.DoesNotContain(claims, c => c.Subject is "united-kingdom" or "turkey" || c.Object is "united-kingdom" or "turkey");
    }

    [Fact]
    public void A_list_of_demonyms_shares_its_last_noun_and_flying_alongside_is_an_alliance()
    {
        var together = "# Jordan\n\nJordanian jets shot down the drones, alongside American, British and French aircraft.";
        var qualified = "# Jordan\n\nJordan hosts American, British and French companies.";

        Assert.Equal(["france", "united-kingdom", "united-states"], BundledPipeline.PartnersOf("jordan", together));
        Assert.Empty(BundledPipeline.PartnersOf("jordan", qualified));
    }
}
