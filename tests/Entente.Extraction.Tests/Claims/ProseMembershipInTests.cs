namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// "Membership in the EU" is membership: an "in the" opens a date only before a month, a season or a year ("in the spring",
/// "in the 1990s"). A new step one is interested in ("interest in establishing bases") is not taken.
/// </summary>
public sealed class ProseMembershipInTests
{
    private const string Title = "# Hungary's middle way\n\nHungary courts Beijing. ";

    [Fact]
    public void Membership_in_the_bloc_is_membership()
    {
        var claims = BundledPipeline.Asserted(Title + "Hungary weighs its membership in the EU and NATO against its trade with China.");

        Assert.Contains("hungary member_of eu", claims);
        Assert.Contains("hungary member_of nato", claims);
    }

    [Fact]
    public void A_season_after_in_the_is_still_a_date()
    {
        var claims = BundledPipeline.Asserted(Title + "Hungary took over the base in the spring of 2024.");

        Assert.Empty(claims);
    }

    [Fact]
    public void Interest_in_a_new_base_is_no_base()
    {
        var text = "# Djibouti's landlords\n\nDjibouti hosts many foreign bases. Russia has also voiced interest in establishing bases in the small country.";

        Assert.DoesNotContain("russia", BundledPipeline.PartnersOf("djibouti", text));
    }

    [Fact]
    public void Interest_in_more_cooperation_keeps_the_cooperation()
    {
        var text = "# Chad's options\n\nChad's president has voiced interest in increasing cooperation with Moscow.";

        Assert.Contains("russia", BundledPipeline.PartnersOf("chad", text));
    }
}
