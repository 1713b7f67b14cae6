namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: who does what to whom when several actors, places and nouns stand around a cue.</summary>
public sealed class ProseActorRoleTests
{
    [Fact]
    public void A_possessor_owns_both_coordinated_nouns_so_a_name_far_after_them_is_not_its_partner()
    {
        var text = "# Venezuela\n\nVenezuela is isolated.\n\nThese four countries are Venezuela's closest allies and trade partners, united by a shared opposition to the U.S. and other democracies.";

        Assert.DoesNotContain("united-states", BundledPipeline.PartnersOf("venezuela", text));
    }

    [Fact]
    public void The_subjects_home_is_no_counterpart_and_supporting_is_support()
    {
        var text = "# Hezbollah and its wars\n\nLebanon's Hezbollah group has been supporting the Hamas militants in the war with Israel.";

        Assert.Equal(["hamas"], BundledPipeline.PartnersOf("hezbollah", text));
        Assert.Equal(["israel"], BundledPipeline.AdversariesOf("hezbollah", text));
    }

    [Fact]
    public void A_spaced_dash_after_a_name_does_not_make_it_a_modifier()
    {
        var text = "# Iran\n\nIn 1982, Iran's Revolutionary Guards founded Hezbollah - amid Lebanon's civil war.";

        Assert.Contains("irgc proxy hezbollah", BundledPipeline.Asserted(text));
        Assert.DoesNotContain(BundledPipeline.Asserted(text), l => l.Contains("lebanon", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bullets_label_named_again_in_its_sentence_is_read_at_the_second_name()
    {
        var text = "# Algeria\n\n## Tensions\n\n* Morocco -- Algeria cut diplomatic relations in August 2021, accusing Rabat of hostile acts.";

        Assert.Equal(["morocco"], BundledPipeline.AdversariesOf("algeria", text));
    }

    [Fact]
    public void Support_received_from_a_backer_and_goods_provided_to_a_receiver_far_after_the_verb_are_backing()
    {
        var received = "# Hezbollah\n\nHezbollah has received substantial financial support from Iran.";
        var provided = "# Iran\n\nIran provides weapons, training, and other forms of assistance to Hezbollah.";

        Assert.Equal(["iran"], BundledPipeline.PartnersOf("hezbollah", received));
        Assert.Equal(["hezbollah"], BundledPipeline.PartnersOf("iran", provided));
    }

    [Fact]
    public void A_name_after_from_right_after_another_name_is_where_it_comes_from()
    {
        var text = "# Iran and Hezbollah\n\nIran backs Hezbollah.\n\nIts forces were trained by a contingent of Revolutionary Guards from Iran.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject is "irgc" or "iran" && c.Object is "irgc" or "iran");
    }

    [Fact]
    public void A_patron_of_a_group_is_its_sponsor_and_a_demonym_inside_a_name_names_no_one()
    {
        var text = "# Iran\n\nThe Islamic Republic of Iran is a key patron of the Lebanese Shia Islamist militant group and political party Hezbollah.";

        Assert.Equal(["iran proxy hezbollah"], BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Leading_a_bloc_is_belonging_to_it_but_leading_a_state_is_nothing()
    {
        Assert.Contains("russia member_of csto", BundledPipeline.Asserted("# Russia\n\nRussia leads the CSTO, a military alliance of six states."));
        Assert.Empty(BundledPipeline.Asserted("# Russia\n\nRussia leads Belarus in trade talks."));
    }

    [Fact]
    public void Support_to_and_an_attack_on_the_subject_name_its_backer_and_its_enemy()
    {
        var text = "# Armenia\n\nArmenia froze its CSTO membership.\n\nPresident Macron vowed France's continuing support to Armenia."
            + " Pashinyan accused Azerbaijan of preparing a new attack on Armenia.";

        Assert.Equal(["france"], BundledPipeline.PartnersOf("armenia", text));
        Assert.Equal(["azerbaijan"], BundledPipeline.AdversariesOf("armenia", text));
    }

    [Fact]
    public void A_state_that_leads_a_bloc_belongs_to_it()
    {
        var text = "# Armenia\n\nArmenia has frozen its participation in the Russian-led Collective Security Treaty Organisation.";

        Assert.Contains("russia member_of csto", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_dateline_and_the_second_of_two_joined_names_are_no_counterparts()
    {
        var dateline = "# Wagner in Mali\n\nDakar, Senegal (AP) – Support for the Wagner Group was acknowledged by officials on Friday.";
        var joined = "# Iran\n\nIran backs the Houthis.\n\nThis paper looks at their connection to the Israel-Palestine Conflict, and at other Iranian-backed proxy groups.";

        Assert.DoesNotContain("senegal", BundledPipeline.PartnersOf("wagner-group", dateline));
        Assert.DoesNotContain("palestine", BundledPipeline.PartnersOf("iran", joined));
    }

    [Fact]
    public void A_cue_that_ends_in_at_reaches_the_name_after_it()
    {
        Assert.Equal(["israel"], BundledPipeline.AdversariesOf("houthis", "# Houthi notes\n\nThe Houthis fired missiles at Israel."));
    }

    [Fact]
    public void Close_ties_and_a_defence_treaty_with_a_state_are_ties_and_a_ceasefire_mediated_by_others_names_the_mediators()
    {
        var text = "# Notes on ties\n\nIran has close ties with Venezuela. The Philippines has a mutual defense treaty with the United States."
            + " Israel and Hamas agreed to a ceasefire mediated by Qatar and Egypt.";

        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains("iran strategic_partner venezuela", asserted);
        Assert.Contains("philippines formal_alliance united-states", asserted);
        Assert.Contains("qatar mediator israel", asserted);
        Assert.DoesNotContain("israel mediator qatar", asserted);
    }

    [Fact]
    public void Two_states_that_fought_or_exchanged_fire_are_enemies_of_each_other_not_of_the_subject()
    {
        var text = "# Russia\n\nRussia is large.\n\nPakistan and India have fought four wars since 1947. India and Pakistan exchanged fire along the Line of Control."
            + " Russia and Iran fought in Syria.";

        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains("pakistan adversary india", asserted);
        Assert.Empty(BundledPipeline.AdversariesOf("russia", text));
        Assert.DoesNotContain(asserted, l => l.Contains("iran", StringComparison.Ordinal));
    }

    [Fact]
    public void A_no_limits_partnership_is_a_partnership_but_no_partnership_is_none()
    {
        Assert.Equal(["china"], BundledPipeline.PartnersOf("russia", "# Russia\n\nMoscow and Beijing declared a \"no limits\" partnership in February 2022."));
        Assert.Empty(BundledPipeline.PartnersOf("russia", "# Russia\n\nMoscow and Beijing have no partnership to speak of."));
    }

    [Fact]
    public void The_viewer_owns_the_noun_it_calls_another_and_funding_received_flows_to_the_receiver()
    {
        var views = "# Iran\n\nIran views Israel as its principal enemy.";
        var considers = "# The United States\n\nThe United States considers China its main strategic competitor.";
        var receives = "# Iran\n\nHamas receives funding and weapons from Iran.";

        Assert.Equal(["israel"], BundledPipeline.AdversariesOf("iran", views));
        Assert.Equal(["china"], BundledPipeline.AdversariesOf("united-states", considers));
        Assert.Equal(["iran proxy hamas"], BundledPipeline.Asserted(receives));
    }
}
