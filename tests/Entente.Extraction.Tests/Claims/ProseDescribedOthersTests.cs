namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Words that name others only by what they are ("donor organizations", "partner countries"), one measured against rather
/// than tied to ("surpasses the G7"), and support given to another's downfall ("support for the overthrow of").
/// </summary>
public sealed class ProseDescribedOthersTests
{
    [Theory]
    [InlineData("Cairo will oversee money from donor organizations and bolster the UN's role in Gaza.")]
    [InlineData("Egypt will meet partner countries and the UN next week.")]
    public void A_noun_describing_others_names_none_of_them(string sentence) =>
        Assert.DoesNotContain("united-nations", BundledPipeline.PartnersOf("egypt", "# Egypt proposes a Gaza task force\n\n" + sentence));

    [Fact]
    public void One_measured_against_is_no_counterpart()
    {
        var text = "# Brazil answers US tariffs\n\nSet up in 2006 by Brazil, Russia, India and China, with South Africa added in 2010, the BRICS alliance has grown and now surpasses the G7 nations in total output.";

        var partners = BundledPipeline.PartnersOf("brazil", text);

        Assert.DoesNotContain("g7", partners);
        Assert.Contains("south-africa", partners);
    }

    [Fact]
    public void Support_for_anothers_overthrow_is_no_support_for_it()
    {
        var text = "# Jordan and Iran\n\nRelations soured after Amman voiced support for the overthrow of the Syrian government of Bashar Assad.";

        Assert.DoesNotContain("assad-government", BundledPipeline.PartnersOf("jordan", text));
        Assert.DoesNotContain("syria", BundledPipeline.PartnersOf("jordan", text));
    }
}
