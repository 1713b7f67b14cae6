namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Phrasings from real reporting where the subject must not stand in for a party the sentence names
/// otherwise: someone's unnamed allies, a person's ally, a reporting source, a thing attacked, a speaker's own
/// words, a group's war; and headlines that name a pair, accusations in quotes, a departure that ends a tie.
/// </summary>
public sealed class ProseSpeakersAndTargetsTests
{
    [Fact]
    public void The_allies_of_a_named_state_are_not_the_subjects_allies()
    {
        var text = "# Iran and the Houthis\n\nFrom 2015 to 2023, the US and allies interdicted at least 18 Iranian ships that tried to smuggle weapons to the rebel group.";

        Assert.DoesNotContain(BundledPipeline.PartnersOf("iran", text), a => a == "united-states");
    }

    [Fact]
    public void A_persons_close_ally_set_off_by_commas_ties_no_states()
    {
        var text = "# Ethiopia and Eritrea\n\nLast week, Mulatu Teshome, a close ally of Prime Minister Abiy Ahmed, criticised Eritrean President Isaias Afwerki.";

        Assert.Empty(BundledPipeline.PartnersOf("ethiopia", text));
    }

    [Fact]
    public void An_accusation_quoted_in_the_accusers_words_still_makes_rivals()
    {
        var text = "# Ethiopia and Eritrea\n\nAbiy Ahmed accused Eritrea of \"working to reignite conflict in northern Ethiopia\".";

        Assert.Contains("ethiopia rival eritrea", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_headline_pair_before_a_colon_is_the_alliance_it_names()
    {
        var claims = BundledPipeline.Asserted("# Russia and India\n\nRussia and India: a powerful alliance strengthened by U.S. sanctions");

        Assert.Contains("russia formal_alliance india", claims);
        Assert.DoesNotContain(claims, c => c.Contains("united-states", StringComparison.Ordinal));
    }

    [Fact]
    public void A_source_that_reports_the_headline_is_not_a_recipient()
    {
        var claims = BundledPipeline.Asserted("# Iran and the Red Sea\n\nIran supplied arsenal to Houthis, Pentagon agency says");

        Assert.Contains("iran proxy houthis", claims);
        Assert.DoesNotContain(claims, c => c.Contains("united-states", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("# Iran and the Houthis\n\nIran's aid has allowed the Houthis to conduct attacks against commercial shipping in the Red Sea.")]
    [InlineData("# Iran and the Houthis\n\nThe Houthis' attacks on international merchant ships have disrupted global commerce.")]
    public void Attacks_on_ships_make_no_enemy_of_the_subject(string text)
    {
        Assert.Empty(BundledPipeline.AdversariesOf("iran", text));
        Assert.DoesNotContain(BundledPipeline.Asserted(text), c => c.StartsWith("houthis economic_partner", StringComparison.Ordinal));
    }

    [Fact]
    public void Ships_after_an_actors_name_is_still_a_verb()
    {
        Assert.Contains("iran proxy houthis", BundledPipeline.Asserted("# Iran\n\nIran ships weapons to the Houthis."));
    }

    [Fact]
    public void Another_actor_speaking_about_its_own_support_does_not_speak_for_the_subject()
    {
        var text = "# Iran and the Houthis\n\nHezbollah claims the attacks are a show of support for Hamas.";

        Assert.DoesNotContain(BundledPipeline.PartnersOf("iran", text), a => a == "hamas");
    }

    [Fact]
    public void A_war_owned_by_a_group_not_named_is_not_the_subjects_war()
    {
        var text = "# Qatar's role as mediator\n\nBlinken flew to Doha to prevent the militant group's war with Israel escalating.";

        Assert.Empty(BundledPipeline.AdversariesOf("qatar", text));
    }

    [Fact]
    public void Allegations_hedge_what_they_allege()
    {
        var claims = BundledPipeline.Read("# Qatar\n\nAddressing allegations that Qatari funds were diverted to Hamas, the minister said all aid went to civilians.").Claims;

        Assert.All(claims.Where(c => c.Object == "hamas" || c.Subject == "hamas"), c => Assert.True(c.Hedged));
    }

    [Fact]
    public void A_party_leaving_the_others_country_ends_the_tie()
    {
        var claims = BundledPipeline.Read("# Wagner leaves Mali\n\nWagner says it is leaving Mali, declaring its mission to support the country's military accomplished.").Claims;

        var tie = Assert.Single(claims, c => c.Polarity == Polarity.Asserts && (c.Object == "wagner-group" || c.Subject == "wagner-group"));
        Assert.NotNull(tie.Validity.Until);
    }

    [Fact]
    public void A_name_after_a_fronted_possessive_phrase_opens_the_next_clause()
    {
        var text = "# Hungary and Russia\n\nSince Russia's invasion, Budapest has blocked weapons from reaching Ukraine.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), c => c == "russia adversary hungary");
    }

    [Fact]
    public void The_doers_of_a_fronted_gerund_follow_its_comma()
    {
        var claims = BundledPipeline.Asserted("# Myanmar's arms\n\nThe EU said that by selling fighter jets to Myanmar, China and Russia are responsible for the killings.");

        Assert.Contains("china strategic_partner myanmar", claims);
        Assert.Contains("russia strategic_partner myanmar", claims);
        Assert.DoesNotContain(claims, c => c.StartsWith("eu ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_war_named_after_its_victim_makes_no_enemy_of_the_victim()
    {
        var text = "# Myanmar's generals\n\nThe generals have publicly approved of the Ukraine invasion, calling it an appropriate act.";

        Assert.Empty(BundledPipeline.AdversariesOf("myanmar", text));
    }

    [Fact]
    public void A_bloc_before_member_names_what_the_member_is()
    {
        var text = "# Somalia's partners\n\nNATO member Turkey has close relations with Somalia and is its leading economic partner.";

        Assert.Equal(["turkey"], BundledPipeline.PartnersOf("somalia", text));
    }

    [Theory]
    [InlineData("Chinese ships collided with Philippine Coast Guard vessels and blasted a Philippines supply boat with a water cannon.")]
    [InlineData("Chinese ships blasted a Philippines supply boat with a water cannon.")]
    [InlineData("Last month saw Chinese ships colliding with Philippines Coast Guard vessels.")]
    [InlineData("The boat was a Philippine supply boat.")]
    public void Ships_that_act_and_a_supply_boat_are_nouns_that_supply_no_one(string sentence)
    {
        var text = "# The Philippines\n\nChina's coast guard is active. " + sentence;

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("philippines", text));
    }

    [Fact]
    public void A_state_that_ships_weapons_still_supplies()
    {
        Assert.Contains("iran proxy houthis", BundledPipeline.Asserted("# Yemen\n\nIran ships weapons to the Houthis."));
    }

    [Theory]
    [InlineData("# Algeria\n\nMorocco and Algeria clashed directly over the issue in 1976.", "algeria", "morocco")]
    [InlineData("# Libya's LNA\n\nThe UN-backed Government of National Accord is battling the Libyan National Army for control of the country.", "libyan-national-army", "government-of-national-accord")]
    [InlineData("# Hezbollah\n\nAs Israel continues to hammer Hezbollah in Lebanon, the region is getting into uncharted territory.", "hezbollah", "israel")]
    [InlineData("# Hezbollah\n\nEnmity to the United States is common among them.", "hezbollah", "united-states")]
    [InlineData("# Houthis\n\nThe Houthis control Sanaa. The Iranian-backed rebels have increased missile and drone attacks on Saudi Arabia.", "houthis", "saudi-arabia")]
    public void Clashes_battles_blows_enmity_and_the_backed_rebels_attacks_make_adversaries(string text, string subject, string adversary)
    {
        Assert.Contains(adversary, BundledPipeline.AdversariesOf(subject, text));
    }

    [Fact]
    public void A_proxy_conflict_makes_no_one_a_proxy()
    {
        var text = "# Libya's LNA\n\nThe LNA holds the east. The situation is a proxy conflict in North Africa, involving powers such as Turkey, Russia and France.";

        Assert.Empty(BundledPipeline.PartnersOf("libyan-national-army", text));
    }

    [Fact]
    public void A_threat_from_a_named_source_is_that_sources_alone()
    {
        var text = "# India\n\nNew Delhi has been frustrated by Moscow's failure to appreciate the seriousness of the threat it perceives from China.";

        Assert.Equal(["china"], BundledPipeline.AdversariesOf("india", text));
    }

    [Theory]
    [InlineData("# The UAE\n\nThe UAE and Saudi Arabia coordinated the 2017 boycott of Qatar.", "united-arab-emirates", "qatar")]
    [InlineData("# The UAE\n\nThe UAE saw a rare military escalation with Saudi Arabia in Yemen this week.", "united-arab-emirates", "saudi-arabia")]
    [InlineData("# The PMF\n\nThe PMF groups have attacked American military installations.", "popular-mobilization-forces", "united-states")]
    [InlineData("# JNIM\n\nJNIM and ISWAP worked together against Malian and French forces until 2020.", "jnim", "france")]
    public void Boycotts_escalations_strikes_on_a_nations_bases_and_joint_fights_make_adversaries(string text, string subject, string adversary)
    {
        Assert.Contains(adversary, BundledPipeline.AdversariesOf(subject, text));
    }

    [Fact]
    public void Fighters_against_a_state_are_its_adversaries()
    {
        var text = "# The Polisario Front\n\nThe Polisario Front holds camps. Its leaders began as guerrilla fighters against the then-colonizer Spain.";

        Assert.Contains("spain", BundledPipeline.AdversariesOf("polisario-front", text));
    }
}
