namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// A leader named with a title ("Field Marshal", "Mr."), a campaign led by one side against another, and a clause that
/// turns away from what it names.
/// </summary>
public sealed class ProseTitlesAndTurnsTests
{
    [Theory]
    [InlineData("# Libya\n\nCairo's renewed support for Field Marshal Khalifa Haftar worried the government in Tripoli.")]
    [InlineData("# Libya\n\nCairo's renewed support for Khalifa Haftar worried the government in Tripoli.")]
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
}
