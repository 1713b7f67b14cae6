namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Who a sentence's parties are when the words around a name decide: a leader's title, a campaign led by one side against
/// another, a clause turning away from what it names, a participle's own object, a thing struck, "the group" as an object,
/// a bloc named by its leader, and openers that point back at others.
/// </summary>
public sealed class ProseTitlesAndTurnsTests
{
    [Theory]
    [InlineData("# Libya\n\nCairo's renewed support for Field Marshal Khalifa Haftar worried the government in Tripoli.")]
    [InlineData("# Libya\n\nEgypt's support for Gen. Khalifa Haftar never wavered.")]
    public void A_title_before_a_leaders_name_does_not_hide_the_leaders_side(string text)
    {
        Assert.Contains("egypt proxy libyan-national-army", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_campaign_led_by_one_side_against_another_makes_them_foes_not_partners()
    {
        var claims = BundledPipeline.Asserted("# Venezuela\n\nThe opposition welcomed the Washington-led pressure campaign against Mr. Maduro's government.");

        Assert.Contains("united-states adversary venezuela", claims);
        Assert.DoesNotContain(claims, c => c.StartsWith("united-states", StringComparison.Ordinal) && !c.Contains("adversary", StringComparison.Ordinal));
    }

    [Fact]
    public void Turning_away_from_a_campaign_against_a_state_is_no_hostility_of_ones_own()
    {
        var text = "# Colombia and Venezuela\n\nUnder its new president, Colombia pledged to move away from the Washington-led pressure campaign against Mr. Maduro's government.";

        Assert.DoesNotContain("venezuela", BundledPipeline.AdversariesOf("colombia", text));
        Assert.Contains("united-states adversary venezuela", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void The_group_as_an_object_stands_for_the_group_the_document_is_about()
    {
        var text = "# The PKK\n\nThe PKK has fought for Kurdish autonomy since 1984. Turkish jets struck the group's bases in northern Iraq.";

        Assert.Contains("turkey", BundledPipeline.AdversariesOf("pkk", text));
    }

    [Fact]
    public void The_group_opening_a_clause_after_and_is_not_read_as_an_object()
    {
        var claims = BundledPipeline.Asserted("# The Houthis\n\nIsrael, which bombed Sanaa's port, remains its main target, and the movement still calls the United States an enemy.");

        Assert.DoesNotContain("houthis adversary yemen", claims);
    }

    [Fact]
    public void A_participle_after_a_comma_takes_its_own_object_not_the_agreements()
    {
        var text = "# The GNA\n\nLast month, the GNA and Turkey signed a deal on maritime boundaries, angering Greece and Egypt, and also signed a pact on military cooperation.";

        Assert.Equal(["turkey"], BundledPipeline.PartnersOf("government-of-national-accord", text));
    }

    [Fact]
    public void An_attack_on_a_boat_is_no_attack_on_the_state_named_after_it()
    {
        var text = "# Mexico\n\nSheinbaum, speaking before the attack on the boat, said that any US intervention in Mexico was a red line.";

        Assert.Empty(BundledPipeline.AdversariesOf("mexico", text));
    }

    [Fact]
    public void What_a_led_bloc_receives_its_leader_receives_too()
    {
        var claims = BundledPipeline.Asserted("# Saudi Arabia\n\nThe Saudi-led coalition was armed by the United States.");

        Assert.Contains(claims, c => c.StartsWith("united-states", StringComparison.Ordinal) && c.EndsWith("saudi-arabia", StringComparison.Ordinal));
        Assert.Contains("saudi-arabia member_of saudi-led-coalition", claims);
    }

    [Theory]
    [InlineData("# Venezuela\n\nMaduro relies on China, Russia and Iran. The first two are permanent members of the UN Security Council.")]
    [InlineData("# Venezuela\n\nMaduro relies on China and Russia. The latter is a member of the UN Security Council.")]
    public void A_sentence_pointing_back_at_others_says_nothing_of_the_subject(string text)
    {
        Assert.DoesNotContain("united-nations", BundledPipeline.PartnersOf("venezuela", text));
    }
}
