namespace Entente.Extraction.Tests.Claims;

/// <summary>Rosters said as "member countries are" or "member nations:", and list members placed "in the" somewhere or given a short form.</summary>
public sealed class ProseRostersAndHomesTests
{
    [Fact]
    public void Member_countries_are_names_the_roster()
    {
        var text = "# The Mekong bloc\n\nThe ASEAN member countries are Laos, Cambodia and Vietnam, and their leaders meet twice a year.";

        var members = BundledPipeline.PartnersOf("asean", text);

        Assert.Contains("laos", members);
        Assert.Contains("cambodia", members);
        Assert.Contains("vietnam", members);
    }

    [Fact]
    public void Member_nations_before_a_colon_names_the_roster()
    {
        var text = "# The Gulf council\n\nToday the GCC has three member nations: Oman, the State of Qatar, and Kuwait.";

        var members = BundledPipeline.PartnersOf("gcc", text);

        Assert.Contains("oman", members);
        Assert.Contains("kuwait", members);
    }

    [Fact]
    public void A_list_goes_on_past_a_short_form_and_a_home_with_the()
    {
        var text = "# The Quds Force network\n\nThe IRGC arms Palestinian Islamic Jihad (PIJ) in the West Bank, Kata’ib Hezbollah, and the Houthis in Yemen.";

        var proxies = BundledPipeline.PartnersOf("irgc", text);

        Assert.Contains("palestinian-islamic-jihad", proxies);
        Assert.Contains("kataib-hezbollah", proxies);
        Assert.Contains("houthis", proxies);
    }
}
