namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Real prose: letters a writer defines in brackets after a name, lists that go on past "but also" or through "the leaders of",
/// an "it" that stands for the name opening the main clause, and a means of blocking that is no thing blocked.
/// </summary>
public sealed class AbbreviationsAndContrastListsTests
{
    [Fact]
    public void Letters_defined_in_brackets_after_a_name_stand_for_it_later_in_the_document()
    {
        var text = "# Bosnia's Serbs\n\nRepublika Srpska (RS) is one of two entities. RS has built an alliance with Russia.";

        Assert.Contains(BundledPipeline.Read(text).Claims, c => c.Subject == "republika-srpska" && c.Object == "russia" && c.Polarity == Polarity.Asserts);
    }

    [Fact]
    public void Letters_used_before_their_definition_name_no_one()
    {
        var text = "# Bosnia's Serbs\n\nRS has built an alliance with Russia. Later the press wrote of Republika Srpska (RS).";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == "republika-srpska" && c.Object == "russia");
    }

    [Theory]
    [InlineData("The TTP fought beside the Tehrik-e-Taliban Afghanistan (TTA). The TTP supported the TTA during the war.")]
    [InlineData("TEHRAN (AP) — The talks went on. The TTP supported AP during the war.")]
    public void Letters_after_the_tail_of_a_longer_name_or_after_a_dateline_define_nothing(string body)
    {
        var claims = BundledPipeline.Read("# Pakistan's Taliban\n\n" + body).Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "ttp" && c.Object is "afghanistan" or "iran");
    }

    [Fact]
    public void A_list_goes_on_past_not_just_and_but_also()
    {
        var partners = BundledPipeline.PartnersOf("iran", "# Iran's partners\n\nIran backs not just Hezbollah but also Hamas.");

        Assert.Contains("hezbollah", partners);
        Assert.Contains("hamas", partners);
    }

    [Fact]
    public void But_without_also_still_ends_the_list()
    {
        var partners = BundledPipeline.PartnersOf("iran", "# Iran's partners\n\nIran backs Hezbollah but Hamas keeps its distance.");

        Assert.Contains("hezbollah", partners);
        Assert.DoesNotContain("hamas", partners);
    }

    [Fact]
    public void The_leaders_of_a_state_are_that_states_entry_in_a_list()
    {
        var partners = BundledPipeline.PartnersOf("republika-srpska",
            "# Republika Srpska\n\nRepublika Srpska has built an alliance of like-minded actors that includes not just Russia but also the leaders of Serbia and Hungary.");

        Assert.Contains("russia", partners);
        Assert.Contains("serbia", partners);
        Assert.Contains("hungary", partners);
    }

    [Fact]
    public void It_in_a_fronted_clause_stands_for_the_name_opening_the_main_clause()
    {
        var text = "# Bosnia and Herzegovina\n\nBosnia and Herzegovina is a divided state. As it resists EU pressure, Republika Srpska has built an alliance with Russia.";

        var claims = BundledPipeline.Read(text).Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "bosnia-and-herzegovina" && c.Object == "eu");
        Assert.Contains(claims, c => c.Subject == "republika-srpska" && c.Object == "russia");
    }

    [Fact]
    public void A_means_of_blocking_is_done_not_blocked()
    {
        var text = "# Russia in the Balkans\n\nDay in, day out, Moscow obstructs Western policy through a long-standing alliance with the leadership of Republika Srpska.";

        Assert.Contains(BundledPipeline.Read(text).Claims, c => c.Subject == "russia" && c.Object == "republika-srpska" && c.Polarity == Polarity.Asserts);
    }
}
