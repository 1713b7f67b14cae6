namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Another nation's weapons in use, normalisation and cooperation, roles one acts as, help for an assault, and a deal
/// still being worked on.
/// </summary>
public sealed class ProseDealsAndArmsTests
{
    [Theory]
    [InlineData("# Chad\n\nChad is a Sahel state. For instance, the African country's army recently used Turkish-made drones against the extremist group Boko Haram.", "chad", "turkey")]
    [InlineData("# Russia\n\nRussia bought Iranian-made Shahed drones.", "russia", "iran")]
    public void A_state_using_another_nations_weapons_is_supplied_by_it(string text, string user, string maker)
    {
        Assert.Contains(maker, BundledPipeline.PartnersOf(user, text));
    }

    [Fact]
    public void Shooting_down_another_nations_weapons_is_no_tie()
    {
        Assert.Empty(BundledPipeline.PartnersOf("ukraine", "# Ukraine\n\nUkraine shot down Iranian-made drones over Kyiv."));
    }

    [Fact]
    public void An_armed_groups_foreign_made_weapons_make_no_sponsor()
    {
        var text = "# Sudan's war\n\nThe RSF is armed with Chinese-made drones.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("rapid-support-forces", text));
    }

    [Theory]
    [InlineData("# Israel approves deal\n\nThe cabinet approved Israel's normalization agreement with Bahrain on Sunday.", "bahrain")]
    [InlineData("# Israel approves deal\n\nSudan also agreed to normalize relations with Israel on Sunday.", "sudan")]
    public void Normalisation_makes_pragmatic_partners(string text, string other)
    {
        Assert.Contains(other, BundledPipeline.PartnersOf("israel", text));
    }

    [Fact]
    public void A_normalisation_deal_still_worked_on_is_no_tie()
    {
        var text = "# Israel approves deal\n\nNetanyahu said Israel is also working on a normalization deal with Saudi Arabia.";

        Assert.DoesNotContain("saudi-arabia", BundledPipeline.PartnersOf("israel", text));
    }

    [Fact]
    public void Cooperating_with_someone_makes_partners()
    {
        Assert.Contains("united-states", BundledPipeline.PartnersOf("ecuador", "# Ecuador\n\nEcuador will cooperate with the United States on maritime patrols."));
    }

    [Theory]
    [InlineData("The Badr Organization acts as Iran's oldest proxy in Iraq.")]
    [InlineData("The Badr Organization acts as “Iran's oldest proxy in Iraq,” according to Reuters.")]
    public void What_one_acts_as_it_is(string sentence)
    {
        var found = BundledPipeline.Read($"# Badr Organization\n\n{sentence}");

        Assert.Contains(found.Claims, c => c.Subject == "iran" && c.Object == "badr-organization" && c.Relation == RelationType.Proxy);
    }

    [Fact]
    public void Help_for_someones_assault_ties_the_helper()
    {
        Assert.Contains("libyan-national-army", BundledPipeline.PartnersOf("wagner-group", "# Wagner in Africa\n\nWagner helped Khalifa Haftar's assault on Tripoli."));
    }

    [Fact]
    public void Fighting_under_someones_support_makes_it_a_backer()
    {
        var text = "# Liwa Zainabiyoun\n\nLiwa Zainabiyoun fought in Yemen under the support of Iran.";

        Assert.Contains("iran", BundledPipeline.PartnersOf("zainabiyoun", text));
    }

    [Fact]
    public void Whom_another_nations_weapons_are_used_against_is_a_foe()
    {
        var text = "# Chad\n\nChad is a Sahel state. The African country's army recently used Turkish-made drones against the extremist group Boko Haram.";

        Assert.Contains("boko-haram", BundledPipeline.AdversariesOf("chad", text));
    }

    [Fact]
    public void A_threat_to_seize_anothers_land_is_hostile()
    {
        Assert.Contains("venezuela", BundledPipeline.AdversariesOf("guyana", "# Guyana\n\nVenezuela threatens to seize a third of Guyana's territory."));
    }

    [Fact]
    public void A_lone_as_does_not_join_a_list()
    {
        var text = "# Guyana\n\nBritain has expressed its support for Guyana as Venezuela threatens its border.";

        Assert.DoesNotContain("venezuela", BundledPipeline.PartnersOf("united-kingdom", text));
    }

    [Theory]
    [InlineData("The Philippines strengthened security ties with Japan.")]
    [InlineData("The Philippines is deepening its relations with Japan.")]
    public void Ties_strengthened_with_someone_make_partners(string sentence)
    {
        Assert.Contains("japan", BundledPipeline.PartnersOf("philippines", $"# The Philippines\n\n{sentence}"));
    }

    [Fact]
    public void Ties_strengthened_to_counter_someone_make_no_partner_of_it()
    {
        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("philippines", "# The Philippines\n\nJapan and the Philippines strengthen strategic bonds to counter China."));
    }

    [Fact]
    public void Financing_projects_in_a_state_ties_the_financier_to_it()
    {
        Assert.Contains("china", BundledPipeline.PartnersOf("zimbabwe", "# Zimbabwe\n\nChina is building and financing large infrastructure projects in Zimbabwe."));
    }

    [Fact]
    public void Rejoining_a_bloc_makes_a_member()
    {
        var found = BundledPipeline.Read("# Eritrea\n\nAsmara rejoined the regional bloc IGAD in June 2023, sixteen years after it walked out.");

        Assert.Contains(found.Claims, c => c.Subject == "eritrea" && c.Object == "igad" && c.Relation == RelationType.MemberOf && c.Polarity == Polarity.Asserts);
    }

    [Theory]
    [InlineData("# M23\n\n2008: Tutsi-led CNDP rebels take up arms, and thousands flee.")]
    [InlineData("# M23\n\nThe CNDP laid down their arms in 2009 and the M23 was born.")]
    public void Arms_taken_up_or_laid_down_arm_no_one(string text)
    {
        Assert.DoesNotContain("cndp", BundledPipeline.PartnersOf("m23", text));
    }
}
