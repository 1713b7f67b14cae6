namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: members listed with where they are based, joined names, pairs and what a cue reaches in them.</summary>
public sealed class ProseListAndPairTests
{
    [Fact]
    public void A_bloc_that_consists_of_a_list_of_groups_based_in_places_has_each_group_as_a_member()
    {
        var text = "# Iran's network\n\nThis 'Axis of Resistance', as it was collectively called, consists of groups such as Hezbollah in Lebanon, "
            + "the Popular Mobilisation Forces (PMF) in Iraq, Houthi militants in Yemen, and Hamas in Gaza.";

        var members = BundledPipeline.Asserted(text).Where(l => l.EndsWith(" member_of axis-of-resistance", StringComparison.Ordinal)).ToArray();

        Assert.Equal(["hamas member_of axis-of-resistance", "hezbollah member_of axis-of-resistance", "houthis member_of axis-of-resistance",
            "popular-mobilization-forces member_of axis-of-resistance"], members);
        Assert.DoesNotContain(BundledPipeline.Asserted(text), l => l.Contains("lebanon", StringComparison.Ordinal) || l.Contains("yemen", StringComparison.Ordinal));
    }

    [Fact]
    public void Aligning_with_a_list_reaches_every_group_past_the_places_they_are_based_in()
    {
        var text = "# Iran's strategy\n\nIran's strategy of aligning with violent nonstate actors – notably Hamas in Gaza, Hezbollah in Lebanon and the Houthis in Yemen – shapes the region.";

        Assert.Equal(["hamas", "hezbollah", "houthis"], BundledPipeline.PartnersOf("iran", text));
    }

    [Fact]
    public void Without_the_subject_named_a_verb_between_an_attacker_and_a_name_glued_to_its_target_is_not_about_the_subject()
    {
        var text = "# The Axis of Resistance\n\nThe Axis of Resistance has grown.\n\nIn retaliation, Israel bombed the Houthi-controlled port of Hodeida."
            + " It was one of many Houthi attacks on Israel-connected targets.";

        Assert.Empty(BundledPipeline.AdversariesOf("axis-of-resistance", text));
    }

    [Fact]
    public void A_hostile_mood_is_no_rivalry_but_relations_that_turned_hostile_are()
    {
        var mood = "# The Axis of Resistance\n\nThe Axis of Resistance has grown.\n\nThe region faces a more hostile dynamic in which the Houthis' new power will make crises harder to end.";
        var turned = "# Algeria\n\nAlgeria mediated in Mali for years. Relations with Mali have since turned hostile.";

        Assert.Empty(BundledPipeline.AdversariesOf("axis-of-resistance", mood));
        Assert.Equal(["mali"], BundledPipeline.AdversariesOf("algeria", turned));
    }

    [Fact]
    public void Two_names_joined_before_war_are_at_war_unless_the_war_only_dates_something()
    {
        var text = "# Iran\n\nIran's ties with Iraqi Shia parties date to the Iran-Iraq war. The Russia-Ukraine war goes on.";

        Assert.Equal(["russia adversary ukraine"], BundledPipeline.Asserted(text).Where(l => l.Contains(" adversary ", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void An_invasion_named_only_to_date_cooperation_makes_no_enemies_of_the_partners()
    {
        var text = "# Russia and North Korea\n\nRussia signed a treaty with North Korea.\n\nMoscow and Pyongyang have trumpeted their increased defense cooperation since the launch of the invasion.";

        Assert.Empty(BundledPipeline.AdversariesOf("russia", text));
    }

    [Fact]
    public void Two_joined_names_before_a_relation_noun_are_its_parties_and_no_one_else()
    {
        var text = "# Pakistan\n\nThe China-Pakistan alliance is further going to strengthen as the ties between Pakistan and Saudi Arabia are deteriorating.";

        Assert.Equal(["china formal_alliance pakistan"], BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Sino_before_a_demonym_names_china()
    {
        var text = "# Pakistan\n\nThe Sino-Pakistani partnership was designed to block Indian influence.";

        Assert.Equal(["china"], BundledPipeline.PartnersOf("pakistan", text));
    }

    [Fact]
    public void Supporting_a_stance_over_a_place_makes_no_partner_of_the_place()
    {
        var text = "# Pakistan and China\n\nPakistan always supports the Chinese stance over Taiwan. China backs Pakistan.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Object == "taiwan" || c.Subject == "taiwan");
    }

    [Fact]
    public void Their_partnership_with_no_one_named_before_is_the_pairs_and_not_the_trigger()
    {
        var pair = "# China and Pakistan\n\nChina and Pakistan are allies.\n\nBoth suit each other; their partnership was triggered by India over time.";
        var joined = "# China\n\nChina has grown closer to many states.\n\nTheir partnership with Russia deepened after 2022.";

        Assert.DoesNotContain("india", BundledPipeline.PartnersOf("china", pair));
        Assert.Contains("russia", BundledPipeline.PartnersOf("china", joined));
    }

    [Fact]
    public void A_cue_word_inside_an_unknown_organisations_name_says_nothing_but_a_named_treaty_does()
    {
        var group = "# China\n\nChina blocked India.\n\nIndia wants membership of the Nuclear Suppliers Group, but Beijing objects.";
        var treaty = "# Russia\n\nNorth Korea signed a Comprehensive Strategic Partnership Treaty with Russia in June 2024.";

        Assert.DoesNotContain("india", BundledPipeline.PartnersOf("china", group));
        Assert.Equal(["north-korea"], BundledPipeline.PartnersOf("russia", treaty));
    }

    [Fact]
    public void A_participle_before_its_noun_asserts_nothing_but_a_backed_appositive_describes_the_name_before_it()
    {
        var text = "# Mali\n\nMali's junta turned to Russia.\n\nWhile Wagner exits, Russia keeps its influence through the newly established Africa Corps, a Kremlin-backed paramilitary unit.";

        var asserted = BundledPipeline.Asserted(text);

        Assert.DoesNotContain(asserted, l => l.Contains("mali", StringComparison.Ordinal) && l.Contains("proxy", StringComparison.Ordinal));
        Assert.Contains(asserted, l => l.StartsWith("russia ", StringComparison.Ordinal) && l.EndsWith(" africa-corps", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bullet_that_calls_its_actor_a_rival_is_no_partner_under_a_partners_heading()
    {
        var text = "# China: the partners on the reviewing stand\n\n## Other points\n\n- The United States remains the principal strategic rival.\n- Pakistan: an all-weather partner.";

        Assert.Equal(["pakistan"], BundledPipeline.PartnersOf("china", text));
        Assert.Equal(["united-states"], BundledPipeline.AdversariesOf("china", text));
    }

    [Fact]
    public void Condemning_the_violation_of_a_states_sovereignty_denies_nothing_about_that_state()
    {
        var text = "# Venezuela\n\nVenezuela lost its president.\n\nAnd Iran condemned the blatant violation of Venezuela's national sovereignty.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Polarity == Polarity.Denies && c.Subject is "iran" or "venezuela" && c.Object is "iran" or "venezuela");
    }

    [Fact]
    public void A_bullet_that_says_relations_are_broken_is_no_friend_whatever_the_title_says()
    {
        var text = "# Bolivia's friends abroad\n\n## Neighbours\n\n- **Brazil**: a friendly neighbour and Bolivia's largest gas customer.\n"
            + "- **Chile**: diplomatic relations have been broken since 1978 over Bolivia's claim to the sea.\n"
            + "- **Argentina**: relations with Javier Milei's government have been icy.\n";

        Assert.Equal(["brazil"], BundledPipeline.PartnersOf("bolivia", text));
    }

    [Theory]
    [InlineData("Niger, Mali and Burkina Faso signed a mutual-defence pact in September 2023.")]
    [InlineData("Niger, Mali and Burkina Faso signed a treaty of alliance.")]
    public void States_that_sign_a_defence_pact_together_are_formal_allies(string sentence)
    {
        var asserted = BundledPipeline.Asserted("# The Sahel\n\n" + sentence);

        Assert.Contains("niger formal_alliance mali", asserted);
        Assert.Contains("mali formal_alliance burkina-faso", asserted);
    }

    [Fact]
    public void A_table_row_whose_actor_cell_names_two_ties_both()
    {
        var text = "<h1>Kyrgyzstan's partners</h1><table><tr><th>Country or bloc</th><th>Link with Kyrgyzstan</th></tr>"
            + "<tr><td>CSTO, Eurasian Economic Union</td><td>Member of both</td></tr></table>";

        var partners = BundledPipeline.Read(text, Entente.Extraction.Documents.DocumentFormat.Html).Claims
            .Where(c => c.Subject == "kyrgyzstan" && c.Polarity == Polarity.Asserts).Select(c => c.Object).Order(StringComparer.Ordinal);

        Assert.Equal(["csto", "eaeu"], partners);
    }
}
