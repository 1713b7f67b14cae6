namespace Entente.Extraction.Tests.Claims;

/// <summary>A nation's aid, loans or weapons received by another: the nation named before the noun gives, the receiver is helped.</summary>
public sealed class ReceivedAidTests
{
    [Theory]
    [InlineData("# Egypt\n\nEgypt receives billions of dollars in US military aid.", "united-states", "egypt")]
    [InlineData("# Egypt\n\nSince 1979 the country has received American aid.", "united-states", "egypt")]
    [InlineData("# Sri Lanka\n\nColombo secured Chinese loans for the port.", "china", "sri-lanka")]
    [InlineData("# Armenia\n\nArmenia was provided with Russian weapons in the 1990s.", "russia", "armenia")]
    public void The_nation_named_before_the_help_received_gives_it(string text, string giver, string receiver)
    {
        Assert.Contains(BundledPipeline.Read(text).Claims, c => c.Subject == giver && c.Object == receiver && c.Rule.StartsWith("received-aid", StringComparison.Ordinal) && c.Polarity == Polarity.Asserts);
    }

    [Fact]
    public void A_name_after_a_preposition_is_not_the_one_rewarded()
    {
        var text = "# Egypt\n\nThe peace overtures towards Israel were rewarded with billions of dollars in US aid.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == "united-states" && c.Object == "israel");
    }

    [Fact]
    public void Aid_not_received_is_denied()
    {
        var text = "# Egypt\n\nEgypt did not receive US aid that year.";

        Assert.Contains(BundledPipeline.Read(text).Claims, c => c.Subject == "united-states" && c.Object == "egypt" && c.Polarity == Polarity.Denies);
    }
}
