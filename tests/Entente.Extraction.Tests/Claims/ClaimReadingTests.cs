using Entente.Extraction.Claims;

namespace Entente.Extraction.Tests.Claims;

public sealed class ClaimReadingTests
{
    [Fact]
    public void X_backed_Y_makes_X_the_sponsor_of_a_proxy()
    {
        var claims = BundledPipeline.Read("# Red Sea\n\nThe Iranian-backed Houthis fired missiles at ships.").Claims;

        var claim = Assert.Single(claims, c => c.Relation == RelationType.Proxy);
        Assert.Equal(("iran", "houthis"), (claim.Subject, claim.Object));
        Assert.True(claim.Directed);
    }

    [Fact]
    public void Y_backed_by_X_reads_the_same_way()
    {
        var claims = BundledPipeline.Read("Hezbollah, backed by Iran since 1982, did not negotiate directly.").Claims;

        var claim = Assert.Single(claims, c => c.Relation == RelationType.Proxy);
        Assert.Equal(("iran", "hezbollah"), (claim.Subject, claim.Object));
        Assert.Equal("1982", claim.Validity.From?.ToString());
    }

    [Fact]
    public void A_list_after_a_cue_gives_every_listed_actor_the_relation()
    {
        var partners = BundledPipeline.PartnersOf("iran", "Iran funds and arms Hezbollah, the Houthis, Hamas and PIJ.");

        Assert.Equal(["hamas", "hezbollah", "houthis", "palestinian-islamic-jihad"], partners);
    }

    [Fact]
    public void A_heading_gives_its_relation_to_the_bullets_below_it()
    {
        var text = "# Who are Iran's allies?\n\n## Core regional allies\n\n- Hezbollah (Lebanon): funding and rockets since 1982\n- The Houthis (Yemen): drones and missiles\n";

        var partners = BundledPipeline.PartnersOf("iran", text);

        Assert.Equal(["hezbollah", "houthis"], partners);
    }

    [Fact]
    public void A_heading_that_asks_whom_the_subject_counts_on_names_partners()
    {
        var text = "# Greece's neighbourhood\n\n## Who Athens counts on\n\n- **Egypt:** Cairo and Athens drew a partial maritime boundary in 2020.\n- **Cyprus and Israel:** the trio meets regularly on energy and security.\n";

        Assert.Equal(["cyprus", "egypt", "israel"], BundledPipeline.PartnersOf("greece", text));
    }

    [Fact]
    public void Whoever_guards_against_aggression_on_the_subject_is_no_attacker_and_a_pledged_aid_package_is_support()
    {
        var guarded = "# Bahrain\n\nWashington undertakes to deter and respond to external aggression against Bahrain.";
        var pledged = "# Bahrain\n\nKuwait pledged an aid package to Bahrain.";

        Assert.DoesNotContain(BundledPipeline.Read(guarded).Claims, c => c.Relation.IsHostile());
        Assert.Contains("kuwait strategic_partner bahrain", BundledPipeline.Asserted(pledged));
    }

    [Fact]
    public void A_table_row_with_headers_is_a_claim_with_the_row_type_and_areas()
    {
        var text = "# Iran's partners\n\n| Country | Type of relationship | Main areas of cooperation |\n|---|---|---|\n| Russia | Strategic great-power partner | weapons, energy |\n";

        var claim = Assert.Single(BundledPipeline.Read(text).Claims);

        Assert.Equal(RelationType.StrategicPartner, claim.Relation);
        Assert.Contains(Area.Weapons, claim.Areas);
        Assert.Contains(Area.Energy, claim.Areas);
    }

    [Fact]
    public void A_sentence_that_leaves_the_subject_implicit_ties_the_actor_to_the_documents_subject()
    {
        var text = "# China's partners and rivals\n\nChina is Russia's biggest trading partner.\n\nIndia is a rival too.";

        Assert.Contains("india", BundledPipeline.AdversariesOf("china", text));
        Assert.Contains("russia", BundledPipeline.PartnersOf("china", text));
    }

    [Fact]
    public void The_country_s_noun_refers_to_the_subject()
    {
        var text = "# Saudi Arabia restores ties with Iran\n\nSaudi Arabia and Iran agreed to reopen embassies.\n\n"
            + "The United States, the kingdom's main security partner for decades, was not involved in the talks.";

        Assert.Contains("united-states", BundledPipeline.PartnersOf("saudi-arabia", text));
    }

    [Fact]
    public void A_hyphenated_cue_such_as_arch_rival_is_read_whole()
    {
        var text = "# Pakistan's month\n\nPakistan signed a pact. Pakistan fought a four-day conflict with India, the country's arch-rival.";

        Assert.Contains("india", BundledPipeline.AdversariesOf("pakistan", text));
    }

    [Fact]
    public void Talks_mediated_by_a_list_make_every_mediator_a_partner_of_the_subject()
    {
        var text = "# Pakistan and the Taliban agree a truce\n\nPakistan agreed to a ceasefire.\n\nThe talks were mediated by Qatar and Turkey.";

        var partners = BundledPipeline.PartnersOf("pakistan", text);

        Assert.Contains("qatar", partners);
        Assert.Contains("turkey", partners);
    }

    [Fact]
    public void A_cue_between_two_other_actors_ties_them_not_the_subject()
    {
        var text = "# South Korea's partners\n\nSouth Korea is a treaty ally of the United States.\n\n"
            + "Relations deteriorated after Moscow signed a mutual-defence treaty with Pyongyang in June 2024.";

        Assert.DoesNotContain("north-korea", BundledPipeline.PartnersOf("south-korea", text));
        Assert.DoesNotContain("russia", BundledPipeline.PartnersOf("south-korea", text));
    }

    [Fact]
    public void Fighting_between_two_actors_makes_them_adversaries()
    {
        var text = "# Hezbollah after the truce\n\nA ceasefire took effect, halting more than a year of fighting between Israel and Hezbollah.";

        Assert.Contains("israel", BundledPipeline.AdversariesOf("hezbollah", text));
    }

    [Fact]
    public void The_group_s_ally_in_a_piece_about_a_group_is_the_group_s_ally_and_no_one_named_further_on()
    {
        var text = "# Hezbollah after the truce\n\nHezbollah did not negotiate directly.\n\n"
            + "Nabih Berri, head of the Amal movement and the group's closest political ally, carried its positions to U.S. envoy Amos Hochstein.";

        var partners = BundledPipeline.PartnersOf("hezbollah", text);

        Assert.Contains("amal-movement", partners);
        Assert.DoesNotContain("united-states", partners);
    }

    [Fact]
    public void A_country_named_as_the_place_of_an_act_is_not_its_target()
    {
        var text = "# Mali turns to Moscow\n\nMali's junta broke with Paris.\n\nFrench troops had fought jihadists in Mali since 2013.";

        Assert.DoesNotContain("france", BundledPipeline.AdversariesOf("mali", text));
    }

    [Fact]
    public void Friction_between_partners_is_not_rivalry()
    {
        var text = "# Niger's partners\n\nNiger's junta welcomed new investors.\n\nRelations with China, its largest investor, are strained by an oil dispute.";

        Assert.DoesNotContain("china", BundledPipeline.AdversariesOf("niger", text));
    }

    [Fact]
    public void Advice_to_avoid_treating_someone_as_an_enemy_asserts_no_enmity()
    {
        var text = "# The Sahel\n\nNiger left ECOWAS.\n\nEuropean governments should avoid treating the Alliance of Sahel States as an enemy.";

        Assert.DoesNotContain("alliance-of-sahel-states", BundledPipeline.AdversariesOf("niger", text));
    }

    [Fact]
    public void Whoever_regards_something_is_not_a_party_to_it()
    {
        var text = "# Egypt and the dam\n\nEgypt warned Ethiopia.\n\nEgypt has been building a partnership in the Horn of Africa that Ethiopia regards as encirclement.";

        Assert.DoesNotContain("ethiopia", BundledPipeline.PartnersOf("egypt", text));
    }

    [Fact]
    public void A_cue_that_already_tied_the_subject_is_not_spent_on_a_third_actor()
    {
        var text = "# Niger's neighbours\n\nNiger left ECOWAS.\n\nNiger recalled its ambassador from Algiers in solidarity with Bamako.";

        var claims = BundledPipeline.Read(text).Claims;

        // A recall with no hostility stated is a broken tie, not a rivalry (tests/eval/README.md, "Broken ties").
        Assert.Contains(claims, c => c.Polarity == Polarity.Denies && (c.Subject, c.Object) is ("niger", "algeria") or ("algeria", "niger"));
        // The recall is not spent on Mali; the solidarity names it a partner, never a broken tie or a foe.
        Assert.DoesNotContain(claims, c => (c.Subject == "mali" || c.Object == "mali") && (c.Polarity == Polarity.Denies || c.Relation.IsHostile()));
    }

    [Fact]
    public void A_list_that_repeats_its_preposition_is_still_one_list()
    {
        var claims = BundledPipeline.Read("# Russia\n\nRussia is also a founding member of the Shanghai Cooperation Organisation and of BRICS.").Claims;

        Assert.Contains(claims, c => (c.Subject, c.Relation, c.Object) == ("russia", RelationType.MemberOf, "brics"));
        Assert.Contains(claims, c => (c.Subject, c.Relation, c.Object) == ("russia", RelationType.MemberOf, "sco"));
    }

    [Fact]
    public void Coming_to_someone_s_defence_is_alliance_but_failing_to_is_not()
    {
        var defended = BundledPipeline.PartnersOf("russia", "# Russia in Syria\n\nRussia intervened in 2015 to defend Syria.");
        var failed = BundledPipeline.PartnersOf("armenia", "# Armenia\n\nArmenia accused the CSTO of failing to defend it against Azerbaijan.");

        Assert.Contains("syria", defended);
        Assert.DoesNotContain("azerbaijan", failed);
    }

    [Fact]
    public void States_that_condemned_the_subject_are_never_its_partners()
    {
        var text = "# Iran strikes Israel\n\nIran launched missiles at Israel. France, Germany, Japan and Canada condemned the attack by Iran.";

        var partners = BundledPipeline.PartnersOf("iran", text);

        Assert.DoesNotContain("france", partners);
        Assert.DoesNotContain("germany", partners);
        Assert.DoesNotContain("japan", partners);
        Assert.DoesNotContain("canada", partners);
    }

    [Fact]
    public void A_negated_relation_is_a_denial_not_an_assertion()
    {
        var claims = BundledPipeline.Read("# Oman and Iran\n\nOman is not an ally of Iran.").Claims;

        Assert.DoesNotContain(claims, c => c.Polarity == Polarity.Asserts && c.Relation == RelationType.Ally);
    }

    [Fact]
    public void Hedging_marks_the_claim_hedged()
    {
        var claims = BundledPipeline.Read("# Drones\n\nIran reportedly supplies drones to Russia.").Claims;

        Assert.Contains(claims, c => c.Subject == "iran" && c.Object == "russia" && c.Hedged);
    }

    [Fact]
    public void A_relation_said_to_be_former_ends_by_the_documents_date()
    {
        var text = "# Iran's network\n\n- Assad's Syria: Tehran's only state ally for four decades, until the fall of Assad in December 2024.";

        var claim = Assert.Single(BundledPipeline.Read(text).Claims, c => c.Object is "syria" or "assad-government");

        Assert.Equal("2024-12", claim.Validity.Until?.ToString());
    }

    [Fact]
    public void A_question_asserts_nothing_and_its_answer_carries_its_relation()
    {
        var text = "# Pakistan's friends\n\nQ: Which country is Pakistan's closest partner?\n\nA: China, by a distance.";

        Assert.Equal(["china"], BundledPipeline.PartnersOf("pakistan", text));
    }

    [Fact]
    public void A_question_asking_for_an_account_names_no_one_its_answer_opens_on()
    {
        var account = "# Manila's new partners\n\nQ: What impact could the joint patrols have on the region?\n\nA: China will call them provocative and push back.";
        var named = "# Pakistan's friends\n\nQ: What country is Pakistan's closest partner?\n\nA: China, by a distance.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("philippines", account));
        Assert.Equal(["china"], BundledPipeline.PartnersOf("pakistan", named));
    }

    [Fact]
    public void A_yes_or_no_question_answered_by_a_discussion_credits_no_one_else_the_answer_opens_on()
    {
        var discussed = "# Taiwan's friends\n\nQ: Does the Philippines count as a friend?\n\nThe Philippines and China clash regularly in the South China Sea.";
        var answered = "# Taiwan's friends\n\nQ: Is China an enemy?\n\nBeijing claims the island as its own territory.";

        Assert.Empty(BundledPipeline.Read(discussed).Claims);
        Assert.Contains("taiwan adversary china", BundledPipeline.Asserted(answered));
    }

    [Fact]
    public void Whoever_says_something_is_not_a_party_to_it()
    {
        var text = "# North Korea and Russia\n\nThe U.S. and South Korean governments say Pyongyang has sent Russia artillery shells.";

        var partners = BundledPipeline.PartnersOf("north-korea", text);

        Assert.Contains("russia", partners);
        Assert.DoesNotContain("united-states", partners);
        Assert.DoesNotContain("south-korea", partners);
    }

    [Fact]
    public void Membership_needs_a_bloc()
    {
        var text = "# South Korea\n\nSeoul has joined export controls on Russia. South Korea is a member of the OECD and of the G20.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Relation == RelationType.MemberOf && c.Object == "russia");
    }

    [Fact]
    public void Unknown_organisations_near_a_cue_become_candidate_actors_once()
    {
        var text = "# Iraq\n\nIran arms the Saraya Awliya al-Dam militia. Iran also funds Saraya Awliya al-Dam.";

        var candidates = BundledPipeline.Read(text).Candidates;

        Assert.Single(candidates, c => c.Name.Contains("Awliya", StringComparison.Ordinal));
    }
}
