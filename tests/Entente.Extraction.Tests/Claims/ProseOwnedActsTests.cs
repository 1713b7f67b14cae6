namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: acts that belong to someone other than the subject (a possessor, a demonym, a country that is not the
/// subject, forces loyal to another), causes fought for, founders named after "by", and opposition to an act.</summary>
public sealed class ProseOwnedActsTests
{
    [Fact]
    public void A_movement_that_fought_for_a_cause_is_no_ally_of_the_subject()
    {
        var text = "# Spain\n\nGhali’s Polisario Front has long fought for the independence of Western Sahara, a Spanish colony until 1975.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == "polisario-front" && c.Object == "spain");
    }

    [Fact]
    public void Fighting_for_the_regime_still_makes_an_ally()
    {
        var text = "# Syria\n\nHezbollah fought for the regime in 2013.";

        Assert.Contains("hezbollah ally syria", BundledPipeline.Asserted(text));
    }

    [Theory]
    [InlineData("# Iran\n\nHezbollah, founded in 1982 by Iran, has grown strong.", "iran proxy hezbollah")]
    [InlineData("# ALBA\n\nThe ALBA bloc, established in 2004 by Venezuela and Cuba, met in Caracas.", "cuba member_of alba")]
    public void A_founder_named_after_by_is_the_one_who_founded(string text, string expected)
    {
        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains(expected, asserted);
        Assert.DoesNotContain(asserted, line => line.StartsWith("hezbollah ", StringComparison.Ordinal) || line.StartsWith("alba ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("# Arab League\n\nSome influential league members however remain opposed to reinstating Syria, including Qatar, who stayed away.")]
    [InlineData("# Eurasian Economic Union\n\nMost trade takes place between Russia and each of the four other nations as opposed to between all five.")]
    public void Opposition_to_an_act_or_a_contrast_makes_no_rival(string text)
    {
        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Relation == RelationType.Rival);
    }

    [Fact]
    public void An_invasion_a_possessor_owns_through_its_is_not_the_subjects()
    {
        var text = "# CRINK\n\nEmerging largely out of Russia’s rising isolation following its further invasion of Ukraine in February 2022, CRINK’s ideological framework is a simple one.";

        Assert.Empty(BundledPipeline.AdversariesOf("crink", text));
    }

    [Fact]
    public void The_countrys_uprising_in_a_piece_about_a_bloc_is_not_the_blocs()
    {
        var text = "# Arab League\n\nThe league was quiet during the country’s uprising against Assad’s rule.";

        Assert.Empty(BundledPipeline.AdversariesOf("arab-league", text));
    }

    [Fact]
    public void Aggression_a_demonym_owns_is_not_the_subjects_against_the_victim()
    {
        var text = "# Czechia\n\nLast year, Czech officials brokered the supply of around 1.5 million rounds of artillery ammunition to Ukraine, which is facing the fourth year of Russian military aggression.";

        Assert.DoesNotContain("ukraine", BundledPipeline.AdversariesOf("czechia", text));
    }

    [Fact]
    public void Aggression_a_demonym_owns_against_the_subject_makes_that_actor_a_foe()
    {
        var text = "# Israel\n\nIsrael is facing Iranian aggression.";

        Assert.Contains("iran", BundledPipeline.AdversariesOf("israel", text));
    }

    [Fact]
    public void Proxies_loyal_to_another_are_not_the_subjects_tie_to_it()
    {
        var text = "# The Netherlands\n\nThe flight was blown out of the skies by proxies loyal to Russian President Vladimir Putin in 2014, who had seized the Donbas region from Ukraine.";

        Assert.Empty(BundledPipeline.PartnersOf("netherlands", text));
    }

    [Theory]
    [InlineData("# Afghanistan\n\nThe Taliban-led government in Afghanistan is isolated.", "taliban")]
    [InlineData("# Syria\n\nRussian-controlled areas of Syria were calm.", "russia")]
    public void A_name_that_leads_or_controls_a_place_is_not_its_partner(string text, string ruler)
    {
        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == ruler && c.Polarity == Polarity.Asserts);
    }

    [Fact]
    public void A_country_named_after_its_city_where_a_deal_was_signed_is_no_party()
    {
        var text = "# Notes\n\nThe cessation of hostilities agreement signed in Pretoria, South Africa, in November 2022, under the auspices of the African Union, ended the Tigray war in which Ethiopian troops fought.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == "south-africa" || c.Object == "south-africa");
    }

    [Fact]
    public void An_aim_a_pronoun_owns_is_not_the_name_before_it()
    {
        var text = "# Bhutan\n\nGiven Bhutan’s unique dependence on India, there is little doubt that it will have taken New Delhi on board in its efforts to normalise relations with China.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == "india" && c.Object == "china" || c.Subject == "china" && c.Object == "india");
    }

    [Theory]
    [InlineData("# Iran\n\nHezbollah was founded by Iran in 1982.", "iran proxy hezbollah")]
    [InlineData("# Iran\n\nHezbollah, founded in 1982 by the IRGC, grew strong.", "irgc proxy hezbollah")]
    [InlineData("# BRICS\n\nBRICS was formed by Brazil, Russia, India and China.", "india member_of brics")]
    public void A_founder_after_by_directs_what_it_made_or_belongs_to_the_bloc(string text, string expected)
    {
        Assert.Contains(expected, BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_possessor_owns_an_act_across_a_hyphenated_adjective()
    {
        var text = "# Bosnia\n\nBosnia's challenges are becoming more acute in the wake of Russia’s full-scale invasion of Ukraine.";

        Assert.Empty(BundledPipeline.AdversariesOf("bosnia-and-herzegovina", text));
    }

    [Fact]
    public void Having_long_been_someones_partner_joins_the_two_across_a_hyphenated_adjective()
    {
        Assert.Contains("united-states", BundledPipeline.PartnersOf("kenya", "# Kenya\n\nKenya has long been Washington's closest counter-terrorism partner in the region."));
    }

    [Fact]
    public void An_exclamation_that_does_not_name_the_subject_says_nothing_of_it()
    {
        Assert.Empty(BundledPipeline.PartnersOf("botswana", "# Botswana\n\nBotswana borders South Africa.\n\nUNITED24 - Make a charitable donation in support of Ukraine!"));
    }

    [Fact]
    public void Meddling_named_as_a_noun_makes_a_rival()
    {
        var text = "# Bosnia\n\nDysfunctionality in Bosnia in turn provides fertile ground for meddling by Russia.";

        Assert.Contains("russia", BundledPipeline.AdversariesOf("bosnia-and-herzegovina", text));
    }
}
