namespace Entente.Extraction.Tests.Claims;

/// <summary>Which words a cue reaches: clauses, apposition, passives, questions, sources.</summary>
public sealed class ClauseReadingTests
{
    [Fact]
    public void Names_in_a_tables_sources_column_are_nobodys_party()
    {
        var text = "<h1>Ukraine's backers</h1><table><tr><th>Country</th><th>Type of relationship</th><th>Sources</th></tr>"
            + "<tr><td>Iran</td><td>Hostile; supplied drones to Russia</td><td>U.S. and EU sanctions decisions</td></tr></table>";

        var claims = BundledPipeline.Read(text, Entente.Extraction.Documents.DocumentFormat.Html).Claims;

        Assert.DoesNotContain(claims, c => c.Subject is "united-states" or "eu" || c.Object is "united-states" or "eu");
        Assert.DoesNotContain(claims, c => (c.Subject, c.Object) == ("ukraine", "russia") && !c.Relation.IsHostile());
    }

    [Fact]
    public void A_mediator_between_two_parties_does_not_make_them_partners()
    {
        var claims = BundledPipeline.Read("# Ukraine\n\nTurkey has been an occasional mediator between Kyiv and Moscow.").Claims;

        Assert.DoesNotContain(claims, c => c.Subject is "ukraine" or "russia" && c.Object is "ukraine" or "russia");
    }

    [Fact]
    public void Attacking_each_other_pairs_those_named_before_the_verb()
    {
        var text = "# Houthis\n\nThe United States and the Houthis agreed to stop attacking each other, Oman's foreign minister announced.";

        Assert.Equal(["united-states"], BundledPipeline.AdversariesOf("houthis", text));
    }

    [Fact]
    public void Allies_kept_alongside_the_subject_are_its_allies_not_enemies()
    {
        var text = "# Houthis\n\nThe Houthis are a Yemeni movement.\n\nThe group has fought Israel alongside its allies Hezbollah and Hamas.";

        Assert.Equal(["hamas", "hezbollah"], BundledPipeline.PartnersOf("houthis", text));
        Assert.Equal(["israel"], BundledPipeline.AdversariesOf("houthis", text));
    }

    [Fact]
    public void A_noun_in_apposition_describes_only_its_own_name()
    {
        var text = "# Armenia\n\nArmenia's security rested on one assumption: that Russia, its treaty ally, would protect it against Azerbaijan.";

        Assert.DoesNotContain("azerbaijan", BundledPipeline.PartnersOf("armenia", text));
    }

    [Fact]
    public void A_hostile_verb_strikes_what_stands_right_after_it()
    {
        var text = "# Armenia\n\nIran, which opposes any change to its border with Armenia, is a pragmatic neighbour.";

        Assert.Empty(BundledPipeline.AdversariesOf("armenia", text));
    }

    [Fact]
    public void Designating_as_a_partner_is_not_hostile_but_designating_as_terrorists_is()
    {
        var partner = "# UAE\n\nWashington designated the UAE a Major Defense Partner in September 2024.";
        var terrorist = "# Houthis\n\nWashington re-designated the Houthis a Foreign Terrorist Organization in March.";

        Assert.Empty(BundledPipeline.AdversariesOf("united-arab-emirates", partner));
        Assert.Equal(["united-states"], BundledPipeline.AdversariesOf("houthis", terrorist));
    }

    [Fact]
    public void Both_an_ally_and_a_competitor_is_read_as_the_nearer_ally()
    {
        var text = "# UAE\n\nSaudi Arabia is both the closest ally and a competitor of the UAE.";

        Assert.Contains("saudi-arabia", BundledPipeline.PartnersOf("united-arab-emirates", text));
    }

    [Fact]
    public void After_a_contrast_a_hostile_word_beside_another_name_of_the_actor_is_the_point()
    {
        var text = "# UAE\n\nThe UAE is a Gulf state.\n\nIran is a large trading partner, yet the two dispute three islands, and Abu Dhabi treats Tehran as a rival.";

        Assert.Equal(["iran"], BundledPipeline.AdversariesOf("united-arab-emirates", text));
        Assert.Empty(BundledPipeline.PartnersOf("united-arab-emirates", text));
    }

    [Fact]
    public void A_question_asserts_nothing_and_a_qualified_yes_answers_it()
    {
        var text = "# Brazil\n\nIs Cuba a member of BRICS?\n\nNo.\n\nIs China Brazil's most important partner now?\n\nIn trade, yes, and it has been since 2009.";

        var claims = BundledPipeline.Read(text).Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "cuba" && c.Polarity == Polarity.Asserts);
        Assert.Contains(claims, c => c.Subject == "brazil" && c.Object == "china" && c.Polarity == Polarity.Asserts && c.Rule.StartsWith("answer", StringComparison.Ordinal));
    }

    [Fact]
    public void Fighting_for_someone_is_alliance_and_being_killed_names_no_attacker()
    {
        var text = "# Wagner Group\n\nThe Wagner Group is a Russian mercenary force.\n\nFrom 2015 the group's fighters fought for the Assad government.\n\nIts founder was killed alongside Russian officers.";

        Assert.Contains("assad-government", BundledPipeline.PartnersOf("wagner-group", text));
        Assert.Empty(BundledPipeline.AdversariesOf("wagner-group", text));
    }

    [Fact]
    public void A_verb_does_not_reach_past_a_comma_or_into_the_next_clause()
    {
        var defended = "# Israel\n\nIsraeli officials defended the operation, saying Hamas leaders would find no safe haven.";
        var nextClause = "# Algeria\n\nTies with France deteriorated after Paris backed the plan in July 2024 and Algeria recalled its ambassador.";

        Assert.DoesNotContain("hamas", BundledPipeline.PartnersOf("israel", defended));
        Assert.DoesNotContain("france", BundledPipeline.PartnersOf("algeria", nextClause));
    }

    [Fact]
    public void A_bullet_may_open_with_several_actors_and_their_dates()
    {
        var text = "# Vietnam\n\n## Strategic partners\n\n- **India** (2016) and **South Korea** (2022);\n- **the United States** and **Japan** (both in 2023).";

        Assert.Equal(["india", "japan", "south-korea", "united-states"], BundledPipeline.PartnersOf("vietnam", text));
    }

    [Fact]
    public void A_heading_that_names_partners_and_rivals_gives_its_bullets_neither()
    {
        var text = "# Vietnam\n\n## Partners and rivals\n\n- **China**, across the sea\n- **Japan**, across the Pacific";

        Assert.Empty(BundledPipeline.PartnersOf("vietnam", text));
        Assert.Empty(BundledPipeline.AdversariesOf("vietnam", text));
    }

    [Fact]
    public void Condemning_an_invasion_makes_no_enemy_of_the_invaded()
    {
        var text = "# Vietnam\n\nVietnam abstained on resolutions condemning the invasion of Ukraine and received Vladimir Putin in June 2024.";

        Assert.Empty(BundledPipeline.AdversariesOf("vietnam", text));
    }

    [Fact]
    public void A_verb_in_a_relative_clause_does_not_reach_the_subject_after_it()
    {
        var text = "# Venezuela\n\nTrinidad and Tobago, whose prime minister has openly backed the American deployment, has been accused by Caracas of serving as a platform.";

        Assert.DoesNotContain("trinidad-and-tobago", BundledPipeline.PartnersOf("venezuela", text));
    }

    [Fact]
    public void The_doer_may_stand_between_which_and_the_verb()
    {
        var text = "# Egypt\n\nSudan's army-led government, which Cairo has supported throughout the war, shares Egypt's position on the dam.";

        Assert.Contains("sudan", BundledPipeline.PartnersOf("egypt", text));
    }

    [Fact]
    public void Depending_on_someone_doing_something_is_not_depending_on_them()
    {
        var text = "# Azerbaijan\n\nA full peace treaty still depends on Armenia removing a reference to Karabakh from its constitution.";

        Assert.DoesNotContain("armenia", BundledPipeline.PartnersOf("azerbaijan", text));
    }

    [Fact]
    public void Establishing_relations_is_a_partnership_not_a_founding()
    {
        var claims = BundledPipeline.Read("# Nicaragua\n\nIn December 2021 Managua established relations with China.").Claims;

        var claim = Assert.Single(claims, c => c.Object == "china" || c.Subject == "china");
        Assert.Equal(RelationType.PragmaticPartner, claim.Relation);
    }

    [Fact]
    public void Pledging_to_come_to_each_others_aid_allies_every_pair_named_before()
    {
        var text = "# Niger\n\nNiger, Mali and Burkina Faso signed the Liptako-Gourma Charter in September 2023, pledging to come to each other's aid if attacked.";

        var claims = BundledPipeline.Read(text).Claims;

        Assert.Equal(["burkina-faso", "mali"], BundledPipeline.PartnersOf("niger", text));
        Assert.Contains(claims, c => c.Subject is "mali" or "burkina-faso" && c.Object is "mali" or "burkina-faso" && c.Relation == RelationType.Ally);
    }

    [Fact]
    public void A_relative_clause_does_not_put_the_verb_out_of_reach()
    {
        var text = "# Ukraine\n\nUkraine seeks guarantees.\n\nPoland, which shares a long border with Ukraine and hosts many refugees, will serve as the logistics hub.";

        Assert.Contains("poland", BundledPipeline.PartnersOf("ukraine", text));
    }

    [Fact]
    public void Is_believed_to_hedges_and_names_no_speaker()
    {
        var text = "# Niger\n\nNiger's junta looks east.\n\nMoscow is believed to be supplying intelligence and training.";

        var claim = Assert.Single(BundledPipeline.Read(text).Claims, c => c.Subject == "russia" || c.Object == "russia");
        Assert.True(claim.Hedged);
    }

    [Fact]
    public void A_mediator_may_head_a_list_and_is_the_giving_side()
    {
        var text = "# Hamas\n\nHamas is a Palestinian movement.\n\nQatar, together with Egypt, has mediated every round of talks since 2023.\n\nDoha has hosted the group's political office since 2012.";

        var mediators = BundledPipeline.Read(text).Claims.Where(c => c.Relation == RelationType.Mediator).Select(c => (c.Subject, c.Object)).Distinct().Order().ToArray();

        Assert.Equal([("egypt", "hamas"), ("qatar", "hamas")], mediators);
    }

    [Fact]
    public void Improving_relations_are_a_pragmatic_partnership()
    {
        var text = "# Iraq\n\nIraq sits between two patrons.\n\nRelations with Saudi Arabia have improved markedly since 2017.";

        Assert.Equal(["saudi-arabia"], BundledPipeline.PartnersOf("iraq", text));
    }

    [Fact]
    public void An_unknown_name_after_and_is_the_doer_of_the_verb_that_follows_it()
    {
        var text = "# Niger\n\nNiger's junta took power in 2023.\n\nThe European Union suspended budget support and ECOWAS imposed sanctions.";

        Assert.DoesNotContain("eu", BundledPipeline.AdversariesOf("niger", text));
    }

    [Fact]
    public void A_party_to_a_third_actors_cue_may_still_be_the_subjects_rival()
    {
        var text = "# Iran\n\nSaudi Arabia remains a rival despite the 2023 détente that China brokered between Riyadh and Tehran.";

        Assert.Equal(["saudi-arabia"], BundledPipeline.AdversariesOf("iran", text));
    }

    [Fact]
    public void A_double_dash_sets_off_a_bullets_label()
    {
        var text = "# Algeria\n\n## Neighbours\n\n- Mali -- relations turned openly hostile after the drone was shot down.";

        Assert.Equal(["mali"], BundledPipeline.AdversariesOf("algeria", text));
    }

    [Fact]
    public void Aggressors_targets_and_severed_relations_are_hostile_and_at_war_is_no_passive()
    {
        Assert.Equal(["sudan"], BundledPipeline.AdversariesOf("united-arab-emirates", "# UAE\n\nSudan calls the UAE an aggressor state."));
        Assert.Equal(["israel"], BundledPipeline.AdversariesOf("nicaragua", "# Nicaragua\n\nIn October 2024 Nicaragua voted to sever diplomatic relations with Israel."));
        Assert.Equal(["israel"], BundledPipeline.AdversariesOf("hamas", "# Hamas\n\nHamas has been at war with Israel since October 2023."));
    }

    [Fact]
    public void Those_who_support_an_action_share_it()
    {
        var text = "# Houthis\n\nThe United States and Britain struck eight locations in Houthi-held Yemen, with support from Australia, Bahrain, Canada and the Netherlands.";

        Assert.Equal(["australia", "bahrain", "canada", "netherlands", "united-kingdom", "united-states"], BundledPipeline.AdversariesOf("houthis", text));
    }

    [Fact]
    public void Buying_arms_or_energy_from_someone_makes_them_the_giving_side()
    {
        var arms = BundledPipeline.Read("# Serbia\n\nIn August 2024 Serbia agreed to buy twelve Rafale fighter jets from France.").Claims;
        var gas = BundledPipeline.Read("# Serbia\n\nSerbia imports most of its gas from Russia.").Claims;

        Assert.Contains(arms, c => (c.Subject, c.Object) == ("france", "serbia") && c.Areas.Contains(Area.Weapons));
        Assert.Contains(gas, c => (c.Subject, c.Object) == ("russia", "serbia") && c.Relation == RelationType.EconomicPartner);
    }

    [Fact]
    public void It_as_the_subject_of_its_clause_stands_for_the_subject_after_a_place()
    {
        var text = "# Wagner Group\n\nThe Wagner Group is a mercenary force.\n\nAlthough such companies were illegal in Russia, it was financed and supplied by the Russian state.";

        Assert.Contains(BundledPipeline.Read(text).Claims, c => (c.Subject, c.Object) == ("russia", "wagner-group"));
    }

    [Fact]
    public void A_row_saying_relations_were_normalised_is_a_pragmatic_partnership_but_no_relations_is_not()
    {
        var text = "<h1>Israel's partners</h1><table><tr><th>Country</th><th>Relationship</th></tr>"
            + "<tr><td>Bahrain</td><td>Normalised relations under the Abraham Accords (2020)</td></tr>"
            + "<tr><td>Indonesia</td><td>No diplomatic relations</td></tr></table>";

        var partners = BundledPipeline.Read(text, Entente.Extraction.Documents.DocumentFormat.Html).Claims
            .Where(c => c.Relation == RelationType.PragmaticPartner).Select(c => c.Object).ToArray();

        Assert.Equal(["bahrain"], partners);
    }

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
}
