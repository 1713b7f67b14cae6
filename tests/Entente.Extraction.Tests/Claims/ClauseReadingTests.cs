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
    public void Aggressors_targets_and_severed_relations_with_hostility_stated_are_hostile_and_at_war_is_no_passive()
    {
        Assert.Equal(["sudan"], BundledPipeline.AdversariesOf("united-arab-emirates", "# UAE\n\nSudan calls the UAE an aggressor state."));
        Assert.Equal(["israel"], BundledPipeline.AdversariesOf("nicaragua", "# Nicaragua\n\nIn October 2024 Nicaragua voted to sever diplomatic relations with Israel, calling it an enemy of humanity."));
        Assert.Empty(BundledPipeline.AdversariesOf("nicaragua", "# Nicaragua\n\nIn October 2024 Nicaragua voted to sever diplomatic relations with Israel."));
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
}
