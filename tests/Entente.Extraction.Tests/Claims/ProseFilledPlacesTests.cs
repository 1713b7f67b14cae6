namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// A cue whose places the sentence fills already — a passive with its doer, a noun with its owner, a tie
/// "between" a named pair — leaves none for the document's subject; neither does a wondering "whether".
/// </summary>
public sealed class ProseFilledPlacesTests
{
    [Fact]
    public void A_passive_with_its_doer_named_is_not_the_subjects_tie()
    {
        var text = "# Qatar the mediator\n\nThe talks were mediated by Qatar. UN experts say M23 is backed by Rwanda, which denies it.";
        var claims = BundledPipeline.Read(text).Claims;

        Assert.DoesNotContain("rwanda", BundledPipeline.PartnersOf("qatar", text));
        Assert.All(claims.Where(c => c.Subject == "rwanda" && c.Object == "m23"), c => Assert.True(c.Hedged));
    }

    [Fact]
    public void A_noun_owned_by_another_names_its_own_pair()
    {
        var text = "# Al-Shabaab's friends\n\nIran, the Houthis' main patron, is not accused in the report of directing it.";

        Assert.DoesNotContain("iran", BundledPipeline.PartnersOf("al-shabaab", text));
        Assert.DoesNotContain("houthis", BundledPipeline.PartnersOf("al-shabaab", text));
    }

    [Fact]
    public void A_tie_between_a_named_pair_excludes_a_name_outside_it()
    {
        var text = "# Al-Shabaab's friends\n\nThe UN Panel of Experts on Yemen described cooperation between the Houthis and al-Shabaab.";

        Assert.Equal(["houthis"], BundledPipeline.PartnersOf("al-shabaab", text));
    }

    [Fact]
    public void A_mediator_named_before_the_pair_it_mediates_between_still_mediates()
    {
        var text = "# Iran and the US\n\nOman, which has long mediated between Iran and the United States, hosted the talks.";

        Assert.Contains("oman", BundledPipeline.PartnersOf("iran", text));
    }

    [Fact]
    public void A_sentence_that_wonders_whether_asserts_nothing()
    {
        Assert.Empty(BundledPipeline.Read("# Al-Shabaab's friends\n\nWhether the Houthi link deepens, and whether AUSSOM's funding survives another year.").Claims);
    }

    [Fact]
    public void The_object_of_a_first_verb_is_not_the_doer_of_a_second_with_helpers()
    {
        var claims = BundledPipeline.Asserted("# Somalia\n\nEgypt signed a defence protocol with Somalia in August 2024 and has pledged troops to the African Union force.");

        Assert.Contains("egypt strategic_partner african-union", claims);
        Assert.DoesNotContain(claims, c => c.StartsWith("somalia", StringComparison.Ordinal) && c.EndsWith("african-union", StringComparison.Ordinal));
    }

    [Fact]
    public void A_backer_of_the_government_is_not_the_armed_groups_backer()
    {
        var text = "# Al-Shabaab's friends and foes\n\nTurkey, which trains Somali army commandos, is a major backer of the government rather than a combatant.";

        Assert.DoesNotContain("turkey", BundledPipeline.PartnersOf("al-shabaab", text));
    }

    [Fact]
    public void Those_the_subject_is_unlike_are_not_its_counterparts()
    {
        var text = "# Malaysia's quiet hedging\n\nUnlike Manila and Hanoi, it has avoided public confrontation with Beijing over the rivalry at sea.";

        Assert.DoesNotContain("philippines", BundledPipeline.AdversariesOf("malaysia", text));
        Assert.DoesNotContain("vietnam", BundledPipeline.AdversariesOf("malaysia", text));
    }

    [Fact]
    public void Hostility_others_are_accused_of_is_not_the_subjects()
    {
        var text = "# Ghana's Sahel tour\n\nCôte d'Ivoire's President Alassane Ouattara, whose government the juntas accuse of hostility, has asked Mahama to help.";

        Assert.Empty(BundledPipeline.AdversariesOf("ghana", text));
    }

    [Fact]
    public void An_accusation_of_arming_still_says_hedged_who_arms()
    {
        var claims = BundledPipeline.Read("# Sudan cuts ties\n\nSudan severed relations with the UAE, accusing the Gulf state of arming the Rapid Support Forces.").Claims;

        Assert.Contains(claims, c => c.Subject == "united-arab-emirates" && c.Object == "rapid-support-forces" && c.Polarity == Polarity.Asserts);
    }

    [Fact]
    public void Envoys_sent_home_are_not_supplied()
    {
        Assert.Empty(BundledPipeline.PartnersOf("chile", "# Chile\n\nCaracas expelled Chile's diplomats, and Chile sent Venezuela's envoys home in turn."));
    }

    [Fact]
    public void Cotonou_stands_for_Benin()
    {
        Assert.Contains("benin", BundledPipeline.AdversariesOf("niger", "# Niger\n\nNiamey accuses Cotonou of hosting French forces planning to destabilise Niger."));
    }

    [Fact]
    public void A_cut_with_no_hostility_stated_denies_the_tie_and_makes_no_enemy()
    {
        var claims = BundledPipeline.Read("# Nicaragua\n\nManagua broke off relations with Taiwan in December 2021.").Claims;

        Assert.DoesNotContain(claims, c => c.Relation.IsHostile() && (c.Object == "taiwan" || c.Subject == "taiwan"));
        Assert.Contains(claims, c => c.Polarity == Polarity.Denies && (c.Object == "taiwan" || c.Subject == "taiwan"));
    }

    [Fact]
    public void A_cut_with_an_accusation_is_a_rivalry()
    {
        var text = "# Sudan\n\nSudan severed diplomatic relations with the UAE, accusing it of arming the Rapid Support Forces.";

        Assert.Contains("united-arab-emirates", BundledPipeline.AdversariesOf("sudan", text));
    }

    [Fact]
    public void A_pledge_to_assist_each_other_allies_the_pair_and_no_one_else()
    {
        Assert.Contains("united-kingdom ally germany", BundledPipeline.Asserted("# Britain\n\nThe treaty commits London and Berlin to assist each other if either is attacked."));
        var claims = BundledPipeline.Read("# Britain\n\nThe treaty obliges Russia and North Korea to come to each other's aid if attacked.").Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "united-kingdom" || c.Object == "united-kingdom");
    }

    [Fact]
    public void A_demonym_before_trainers_stands_for_the_nation_they_come_from()
    {
        Assert.Equal(["france"], BundledPipeline.PartnersOf("cameroon", "# Cameroon\n\nThe army has leaned on French trainers under a defence partnership dating from 2009."));
    }

    [Fact]
    public void Fighting_shoulder_to_shoulder_is_fighting_alongside()
    {
        var text = "# Cameroon\n\n\"Our soldiers will go on fighting shoulder to shoulder with our brothers from Nigeria and Chad.\"";

        Assert.Equal(["chad", "nigeria"], BundledPipeline.PartnersOf("cameroon", text));
    }

    [Fact]
    public void A_cue_in_a_fronted_phrase_does_not_reach_past_its_comma()
    {
        Assert.Empty(BundledPipeline.AdversariesOf("russia", "# Russia\n\nSince Russia's invasion, Budapest has blocked weapons from reaching Ukraine."));
    }

    [Fact]
    public void A_member_country_someone_threatens_to_attack_is_not_the_subjects_bloc()
    {
        var text = "# Niger\n\nThe junta has threatened to attack a member country of the Economic Community of West African States.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Relation == RelationType.MemberOf);
    }

    [Fact]
    public void The_state_a_country_became_independent_from_is_no_counterpart_of_a_later_cue()
    {
        var text = "# Eswatini, Taiwan's last friend\n\nTaiwan quickly recognised Swaziland when it gained independence from Britain in 1968, leading to an unlikely alliance.";

        Assert.DoesNotContain("united-kingdom", BundledPipeline.PartnersOf("eswatini", text));
    }

    [Fact]
    public void A_relative_clause_right_after_another_actor_is_that_actors_doing()
    {
        var text = "# Oman\n\nOman was the only GCC member not to have joined the Saudi-led coalition that has been conducting air strikes against Houthi targets.";

        Assert.DoesNotContain("houthis", BundledPipeline.AdversariesOf("oman", text));
    }

    [Fact]
    public void A_name_in_a_relative_clause_on_a_noun_in_apposition_is_out_of_the_cues_reach()
    {
        var text = "# Guatemala\n\nGuatemala represents a critical ally for Taiwan in Central America, a region in which Beijing has made major inroads.";

        Assert.Equal(["taiwan"], BundledPipeline.PartnersOf("guatemala", text));
    }

    [Fact]
    public void A_verb_joined_by_and_to_an_earlier_one_keeps_its_doer()
    {
        var text = "# Kiribati\n\nHe said China was trying to \"suppress and reduce Taiwan's international presence\" and \"ultimately destroy Taiwan's sovereignty\".";

        Assert.DoesNotContain("taiwan", BundledPipeline.AdversariesOf("kiribati", text));
    }

    [Fact]
    public void What_two_others_compete_for_is_no_tie_of_the_subjects()
    {
        var text = "# The Dominican Republic\n\nPanama did the same, accelerating a trend in Latin America as China competes with the United States for power, trade relations, and influence.";

        Assert.DoesNotContain("united-states", BundledPipeline.PartnersOf("dominican-republic", text));
    }

    [Fact]
    public void Support_for_a_thing_ties_the_supporter_to_no_one()
    {
        var text = "# G7 urges China to press Russia\n\n\"We encourage China to support a comprehensive, just and lasting peace,\" including in direct talks with Ukraine.";
        var fought = "# Boko Haram\n\nThe ISWAP militiamen arrived in seven canoes and fought a battle with Boko Haram that lasted an hour.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("g7", text));
        Assert.Contains("iswap", BundledPipeline.AdversariesOf("boko-haram", fought));
    }

    [Fact]
    public void The_alliance_ending_its_phrase_is_the_body_not_a_tie()
    {
        var text = "# Russia and its neighbours\n\nArmenia is not alone in taking a more circumspect view of the alliance.";
        var tie = "# Russia's friends\n\nBelarus has deepened its alliance with Russia.";

        Assert.DoesNotContain("armenia", BundledPipeline.PartnersOf("russia", text));
        Assert.Contains("belarus", BundledPipeline.PartnersOf("russia", tie));
    }

    [Fact]
    public void The_allies_of_an_unknown_person_are_not_the_subjects()
    {
        var text = "# Brazil and the war\n\nThe foreign minister deplored the sanctions imposed on Moscow by Volodimir Zelenski’s allies.";

        Assert.DoesNotContain("russia", BundledPipeline.PartnersOf("brazil", text));
    }

    [Fact]
    public void A_cue_in_a_relative_clause_reaches_no_one_after_the_clause()
    {
        var text = "# France leaves the Sahel\n\nAfter the departure of French soldiers from Mali and then Niger, where hostile juntas were established, Chad was the last country to host them.";

        Assert.DoesNotContain("chad", BundledPipeline.AdversariesOf("france", text));
        Assert.Contains("mali", BundledPipeline.AdversariesOf("france", text));
    }

    [Fact]
    public void A_states_territories_are_places_not_the_state()
    {
        var text = "# Pacific Islands Forum\n\nThe PIF is an intergovernmental organization with the purpose of enhancing cooperation among the countries and territories of Oceania, including Australia, New Zealand, 14 independent Pacific Island countries, and France’s territories of New Caledonia and French Polynesia.";

        Assert.Contains("australia", BundledPipeline.PartnersOf("pacific-islands-forum", text));
        Assert.DoesNotContain("france", BundledPipeline.PartnersOf("pacific-islands-forum", text));
    }

    [Fact]
    public void Allies_being_lost_are_not_the_one_named_before_them()
    {
        var text = "# Taiwan's diplomatic losses\n\nOfficials see few ways of halting the drift toward China, with some saying Taiwan itself appeared resigned to losing more allies in the Americas.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("taiwan", text));
    }

    [Fact]
    public void One_listed_beside_the_subject_after_on_is_not_its_counterpart()
    {
        var text = "# UN Report: al-Qaeda has chosen Iran-based Egyptian, Saif al-Adel, as leader\n\nBut according to a report from the UN Security Council’s committee responsible for monitoring sanctions on Islamic State and al-Qaeda, citing intelligence supplied by member states, the Iran based Egyptian extremist and longtime al-Qaeda operative, Saif al-Adel, 62, has been chosen to succeed al-Zawahiri.";
        var joint = "# Egypt in the Horn\n\nThe presidents of Egypt, Eritrea and Somalia met in Asmara and agreed to deepen security cooperation.";

        Assert.DoesNotContain("islamic-state", BundledPipeline.PartnersOf("al-qaeda", text));
        Assert.Contains("eritrea", BundledPipeline.PartnersOf("egypt", joint));
    }

    [Fact]
    public void A_partys_own_state_is_not_its_partner()
    {
        var text = "# Zanu PF and its friends\n\nThe CPC has a close relationship with Zanu PF. Mnangagwa said the latest cooperation between Zimbabwe and China would further strengthen political and economic ties between the two countries.";

        Assert.Equal("zanu-pf", BundledPipeline.Read(text).Subject);
        Assert.Contains("china", BundledPipeline.PartnersOf("zanu-pf", text));
        Assert.DoesNotContain("zimbabwe", BundledPipeline.PartnersOf("zanu-pf", text));
    }
}
