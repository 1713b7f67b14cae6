namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// "Countries such as Egypt and Jordan" names the counterparts of the tie before it. Read as membership, it made a state a
/// whole with members, a claim later dropped, and the names were spent on it and lost.
/// </summary>
public sealed class ProseClassListsTests
{
    [Theory]
    [InlineData("Israel has developed strategic partnerships with countries such as Egypt and Jordan.", "egypt", "jordan")]
    [InlineData("Israel relies on a web of partners that includes countries such as Egypt and Jordan.", "egypt", "jordan")]
    public void A_class_list_names_the_ties_counterparts(string sentence, string first, string second)
    {
        var partners = BundledPipeline.PartnersOf("israel", "# Israel's friends\n\nIsrael has few treaty allies. " + sentence);

        Assert.Contains(first, partners);
        Assert.Contains(second, partners);
    }

    [Fact]
    public void A_states_creditors_are_its_economic_partners()
    {
        var partners = BundledPipeline.PartnersOf("zambia", "# Zambia's debt\n\nZambia is restructuring its debt. Its official creditors also include the United Kingdom and France.");

        Assert.Equal(["france", "united-kingdom"], partners);
    }

    [Fact]
    public void A_blocs_class_list_still_names_its_members()
    {
        var claims = BundledPipeline.Asserted("# The SCO grows\n\nThe SCO is a security bloc. The SCO has members such as India and Pakistan.");

        Assert.Contains("india member_of sco", claims);
    }
}
