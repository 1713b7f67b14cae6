namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: countering an actor, hostility against it, and support given to someone against the subject.</summary>
public sealed class ProseOppositionTests
{
    [Fact]
    public void Countering_an_actors_influence_makes_it_a_foe()
    {
        var text = "# Quad\n\nThe drills signalled the four countries’ seriousness in countering China’s military and political influence.";

        Assert.Contains("china", BundledPipeline.AdversariesOf("quad", text));
    }

    [Theory]
    [InlineData("# Latvia\n\nThe ministry criticized Latvia’s “total hostility against Russia” and stressed that Riga bore full responsibility.", "latvia", "russia")]
    [InlineData("# Armenia\n\nArmenia has had hostilities with Azerbaijan for decades.", "armenia", "azerbaijan")]
    public void Hostility_against_an_actor_or_hostilities_with_it_make_it_a_foe(string text, string subject, string foe)
    {
        Assert.Contains(foe, BundledPipeline.AdversariesOf(subject, text));
    }

    [Theory]
    [InlineData("# Djibouti\n\nDjibouti, long at odds with Eritrea over the Ras Doumeira border, hosts several foreign bases.", "djibouti", "eritrea")]
    [InlineData("# Greece at sea\n\nIn the Aegean, Turkey's navy is up against Greece and Cyprus in a contest over gas fields.", "turkey", "cyprus")]
    [InlineData("# Egypt\n\nSince 2013 Egypt has cracked down on the Muslim Brotherhood, jailing thousands of its members.", "egypt", "muslim-brotherhood")]
    [InlineData("# The Arakan Army\n\nThe Arakan Army has been resisting Myanmar's army in Rakhine since 2018.", "arakan-army", "myanmar")]
    public void Being_at_odds_up_against_cracking_down_or_resisting_makes_a_foe(string text, string subject, string foe)
    {
        Assert.Contains(foe, BundledPipeline.AdversariesOf(subject, text));
    }

    [Fact]
    public void Support_given_to_another_against_the_subject_makes_the_supporter_its_foe()
    {
        var text = "# JNIM\n\nRussia’s campaigns in Mali to support the military against JNIM and other militant groups have failed.";

        Assert.Contains("russia", BundledPipeline.AdversariesOf("jnim", text));
        Assert.DoesNotContain("russia", BundledPipeline.PartnersOf("jnim", text));
    }

    [Fact]
    public void Support_against_a_third_actor_far_from_the_subject_leaves_the_subject_out()
    {
        var text = "# Poland\n\nPoland is one of the most reliable allies of the United States; it supports U.S. sanctions against Iran; it weighs barring Huawei from Poland’s 5G network.";

        Assert.DoesNotContain("united-states", BundledPipeline.AdversariesOf("poland", text));
    }

    [Fact]
    public void Confronting_a_bare_common_noun_strikes_no_one_named()
    {
        var text = "# ALBA\n\nJorge Arreaza of Venezuela emphasized the necessity of solidarity in confronting imperialism.";

        Assert.Empty(BundledPipeline.AdversariesOf("alba", text));
    }

    [Fact]
    public void Countering_groups_a_name_qualifies_still_strikes_that_name()
    {
        var text = "# France\n\nFor ten years, the French state has been in the Sahel, seeking to counter jihadist groups affiliated with al-Qaeda.";

        Assert.Contains("al-qaeda", BundledPipeline.AdversariesOf("france", text));
    }

    [Fact]
    public void The_fight_against_a_bare_common_noun_makes_no_foe()
    {
        var text = "# Ghana\n\nGhana’s Minister of National Security has led a delegation to Burkina Faso to reaffirm their commitment to partner in the fight against terrorism in the West Africa region.";

        Assert.Empty(BundledPipeline.AdversariesOf("ghana", text));
    }

    [Fact]
    public void Partnerships_with_a_common_noun_tie_no_one_named_elsewhere()
    {
        var text = "# The United Kingdom\n\nThe UK is more likely to mean challenging China both economically, through partnerships with liberal democracies in the region, and militarily.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("united-kingdom", text));
    }

    [Fact]
    public void Partnerships_with_states_a_name_then_lists_still_tie_that_name()
    {
        var text = "# Japan\n\nJapan signed partnerships with neighbours including Vietnam and the Philippines.";

        Assert.Contains("vietnam", BundledPipeline.PartnersOf("japan", text));
    }

    [Fact]
    public void Airstrikes_against_a_group_make_the_strikers_its_foes()
    {
        var text = "# Al-Shabaab\n\nTurkey and the United States have been conducting airstrikes against al-Shabab militants.";

        Assert.Equal(["turkey", "united-states"], BundledPipeline.AdversariesOf("al-shabaab", text));
    }

    [Theory]
    [InlineData("# Libya\n\nThe militias helped Tripoli ward off another offensive from Haftar's LNA.", "libya", "libyan-national-army")]
    [InlineData("# Ukraine\n\nUkraine was invaded by Russia in 2022.", "ukraine", "russia")]
    public void An_attacker_named_after_the_attack_is_the_attacked_ones_foe(string text, string attacked, string attacker)
    {
        Assert.Contains(attacker, BundledPipeline.AdversariesOf(attacked, text));
    }

    [Fact]
    public void A_demonym_before_a_hyphenated_adjective_owns_the_attack_and_an_owner_after_a_comma_describes()
    {
        var text = "# YPG\n\nUS troops stood aside from a Turkish cross-border attack upon the People's Protection Units (YPG), Washington's Kurdish ally.";

        Assert.Equal(["turkey adversary ypg", "united-states ally ypg"], BundledPipeline.Asserted(text));
    }
}
