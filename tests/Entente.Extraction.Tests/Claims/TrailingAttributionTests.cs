namespace Entente.Extraction.Tests.Claims;

/// <summary>"…, officials said": a speech verb after a comma has a speaker of its own; the sentence's actors still said what they did.</summary>
public sealed class TrailingAttributionTests
{
    [Theory]
    [InlineData("officials said")]
    [InlineData("he said")]
    [InlineData("said the ministry")]
    [InlineData("analysts argue")]
    public void A_trailing_attribution_keeps_the_claim(string attribution)
    {
        var text = $"# Armenia\n\nArmenia held talks in Geneva. Azerbaijan remains the adversary, {attribution}.";

        Assert.Contains("azerbaijan", BundledPipeline.AdversariesOf("armenia", text));
    }

    [Fact]
    public void A_name_that_speaks_is_still_the_speaker()
    {
        var text = "# Armenia\n\nArmenia held talks in Geneva. Azerbaijan says the mission is an enemy of peace.";

        Assert.DoesNotContain("azerbaijan", BundledPipeline.AdversariesOf("armenia", text));
    }
}
