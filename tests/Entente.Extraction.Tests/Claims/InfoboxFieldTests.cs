namespace Entente.Extraction.Tests.Claims;

/// <summary>An encyclopedia infobox saved as text: a tier label straight before a run of names lists allies or foes.</summary>
public sealed class InfoboxFieldTests
{
    private const string Page = "# ISWAP\n\nIslamic State West Africa Province\nSize c. 5,000 (2019)\nOpponents Nigeria\n Cameroon\n Chad\n\nISWAP is a militant group.";

    [Fact]
    public void A_field_label_before_a_run_of_names_makes_each_a_foe_of_the_subject()
    {
        var foes = BundledPipeline.AdversariesOf("iswap", Page);

        Assert.Equal(["cameroon", "chad", "nigeria"], foes);
    }

    [Fact]
    public void A_backers_field_makes_partners()
    {
        var text = "# Hezbollah\n\nHezbollah\nFounded 1982\nBackers Iran\n Syria\n\nHezbollah is a Lebanese party.";

        Assert.Equal(["iran", "syria"], BundledPipeline.PartnersOf("hezbollah", text));
    }

    [Theory]
    [InlineData("# ISWAP\n\nLast year the Opponents Nigeria Chad forum met in Abuja.")]
    [InlineData("# ISWAP\n\nISWAP said Opponents Nigeria Chad were weak and attacked villages.")]
    public void A_label_inside_a_sentence_is_no_field(string text)
    {
        var claims = BundledPipeline.Read(text).Claims;

        Assert.DoesNotContain(claims, c => c.Rule == "infobox-field");
    }
}
