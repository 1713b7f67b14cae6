namespace Entente.Extraction.Tests.Claims;

/// <summary>"aimed at deterring Russia and supporting Ukraine": a name in the object of one gerund does not do the next.</summary>
public sealed class ProseJoinedGerundsTests
{
    [Theory]
    [InlineData("The new force would be aimed at deterring any Russian aggression and supporting the rebuilding of Ukraine's army.")]
    [InlineData("The new force would be aimed at deterring Russia and supporting Ukraine.")]
    public void The_object_of_one_gerund_is_not_the_doer_of_the_next(string sentence)
    {
        var text = "# Europe plans a force for Ukraine\n\nUkraine welcomed the plan. " + sentence;

        Assert.DoesNotContain("russia", BundledPipeline.PartnersOf("ukraine", text));
    }

    [Fact]
    public void A_doer_before_both_gerunds_still_does_them()
    {
        var text = "# Europe plans a force for Ukraine\n\nUkraine welcomed the plan. France is deterring Russia and arming Ukraine.";

        Assert.Contains("france", BundledPipeline.PartnersOf("ukraine", text));
    }
}
