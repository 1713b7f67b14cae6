namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: who "its", "the latter" and an unknown name stand for, and how far a verb's object reaches.</summary>
public sealed class ProseDoerAndObjectTests
{
    [Fact]
    public void Its_support_belongs_to_the_one_whose_clause_it_is()
    {
        var text = "# Israel\n\nThe Turkish government maintains its support for Hamas. Iran has stepped up its military aid to the Houthis.";

        Assert.Equal(["iran proxy houthis", "turkey proxy hamas"], BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Its_after_the_object_of_a_verb_is_not_the_objects()
    {
        var text = "# The Houthis\n\nThe group has fought Israel alongside its allies Hezbollah and Hamas.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), l => l.StartsWith("israel ally", StringComparison.Ordinal));
        Assert.Equal(["hamas", "hezbollah"], BundledPipeline.PartnersOf("houthis", text));
    }

    [Fact]
    public void The_latter_and_the_former_stand_for_one_of_the_two_named_before()
    {
        var latter = "# Azerbaijan\n\nThe war between Armenia and Azerbaijan, the latter backed heavily by both Turkey and Israel, is not over.";
        var former = "# Iran\n\nIran and Saudi Arabia, the former backed by Russia, compete.";

        Assert.Equal(["israel", "turkey"], BundledPipeline.PartnersOf("azerbaijan", latter));
        Assert.Empty(BundledPipeline.PartnersOf("armenia", latter));
        var backed = Assert.Single(BundledPipeline.Read(former).Claims);
        Assert.Equal(("russia", "iran"), (backed.Subject, backed.Object));
        Assert.Null(backed.Validity.Until);
    }

    [Fact]
    public void A_name_we_do_not_know_right_before_the_verb_is_its_doer_not_the_subject()
    {
        var text = "# Iran\n\nIran is a regional power.\n\nThe former Soviet Union armed Syria.";

        Assert.Empty(BundledPipeline.PartnersOf("iran", text));
    }

    [Fact]
    public void As_a_partner_after_a_name_describes_that_name_only()
    {
        var text = "# Azerbaijan\n\nAzerbaijan did not trust Russia as a partner, owing to its close ties with Armenia.";

        Assert.Empty(BundledPipeline.PartnersOf("azerbaijan", text));
        Assert.Contains("russia strategic_partner armenia", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Urging_someone_to_act_is_not_the_act()
    {
        var text = "# Hamas\n\nSome lawmakers have urged Qatar to cut ties with Hamas. Others called on Turkey to stop arming Hamas.";

        Assert.Empty(BundledPipeline.Read(text).Claims);
    }

    [Fact]
    public void A_verb_after_to_and_a_plural_present_are_cues_too()
    {
        var text = "# Iraq\n\nIran continues to arm the Houthis. Russia and China supply Iran. The Emirates is widely reported to arm the Rapid Support Forces.";

        Assert.Equal(["china strategic_partner iran", "iran proxy houthis", "russia strategic_partner iran", "united-arab-emirates proxy rapid-support-forces"],
            BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_bare_verb_after_one_name_is_a_noun()
    {
        var text = "# Iraq\n\nIraq is a transit state. Iran supply convoys were stopped before they reached Hezbollah.";

        Assert.Empty(BundledPipeline.Read(text).Claims);
    }

    [Fact]
    public void A_verbs_object_does_not_reach_past_a_war_named_after_it()
    {
        var text = "# Egypt\n\nSudan's army-led government, which Cairo has supported throughout the war with the Rapid Support Forces, shares Egypt's position.";

        Assert.DoesNotContain("rapid-support-forces", BundledPipeline.PartnersOf("egypt", text));
        Assert.Contains("sudan", BundledPipeline.PartnersOf("egypt", text));
    }

    [Fact]
    public void A_bloc_named_as_what_a_state_is_a_member_of_does_not_act_and_refusing_denies()
    {
        var text = "# Ukraine's backers\n\nHungary, although an EU and NATO member, refuses to send weapons to Ukraine.";

        Assert.Empty(BundledPipeline.PartnersOf("ukraine", text));
    }

    [Fact]
    public void The_sudanese_armed_forces_are_no_cue_to_arm()
    {
        var text = "# The UAE in Sudan\n\nThe UAE has interests in Sudan.\n\nThe RSF, led by Mohamed Hamdan Dagalo, have been fighting the Sudanese armed forces since April.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Relation == RelationType.StrategicPartner || c.Relation == RelationType.Proxy);
    }

    [Fact]
    public void A_tie_described_with_excellent_relations_or_enjoyed_support_is_a_partnership()
    {
        var text = "# Azerbaijan\n\nAzerbaijan enjoys the backing of Turkey. Azerbaijan has excellent relations with Israel.";

        Assert.Equal(["israel", "turkey"], BundledPipeline.PartnersOf("azerbaijan", text));
    }

    [Fact]
    public void He_or_she_opening_a_sentence_is_the_side_of_the_leader_named_first_in_the_sentence_before()
    {
        var text = "# Qatar\n\nQatar hosted the talks.\n\nSharif met with Crown Prince Mohammed bin Salman. He has long backed Hamas.";

        Assert.Contains("pakistan proxy hamas", BundledPipeline.Asserted(text));
        Assert.DoesNotContain("qatar proxy hamas", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Who_calls_or_considers_another_a_partner_or_rival_is_the_other_party()
    {
        var text = "# Qatar\n\nQatar hosted the talks.\n\nTehran considers Hezbollah its closest partner. The US calls China a strategic competitor.";

        Assert.Equal(["iran strategic_partner hezbollah", "united-states rival china"], BundledPipeline.Asserted(text));
    }

    [Fact]
    public void The_regime_in_a_sentence_that_does_not_name_the_subject_is_the_subject()
    {
        var text = "# North Korea\n\nNorth Korea is isolated. Russia supplies oil, food and medical equipment to the regime.";
        var other = "# North Korea\n\nNorth Korea is isolated. Russia armed the regime of Bashar al-Assad.";

        Assert.Equal(["russia"], BundledPipeline.PartnersOf("north-korea", text));
        Assert.Empty(BundledPipeline.PartnersOf("north-korea", other));
    }

    [Fact]
    public void A_participle_after_the_main_clause_is_done_by_the_names_that_open_it()
    {
        var text = "# Venezuela\n\nMaduro won again: China, Russia and Iran congratulated him, reaffirming their support for the Venezuelan leader.";
        var partners = BundledPipeline.PartnersOf("venezuela", text);

        Assert.Contains("china", partners);
        Assert.Contains("russia", partners);
        Assert.Contains("iran", partners);
    }

    [Fact]
    public void A_tie_owned_by_a_pair_is_the_pairs()
    {
        Assert.Contains("russia", BundledPipeline.PartnersOf("india", "# India\n\nIndia and Russia's strategic partnership is decades old."));
    }

    [Fact]
    public void A_chain_of_passive_verbs_has_its_doer_after_by_and_a_commander_is_not_fought()
    {
        var text = "# Fatemiyoun Division\n\nLiwa Fatemiyoun is an Afghan militia. It is funded, trained, and equipped by the Islamic Revolutionary Guard Corps (IRGC), and fights under the command of Iranian officers.";
        var claims = BundledPipeline.Asserted(text);

        Assert.Contains("irgc proxy fatemiyoun", claims);
        Assert.DoesNotContain(claims, c => c.StartsWith("fatemiyoun", StringComparison.Ordinal) && c.EndsWith("irgc", StringComparison.Ordinal));
        Assert.Empty(BundledPipeline.AdversariesOf("fatemiyoun", text));
    }
}
