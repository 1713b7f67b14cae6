using Entente.Extraction.Tests.Mentions;

namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Bodies we hold no actor for, listed before or between those we do ("the Common Market for Eastern and Southern Africa
/// (COMESA), and the SADC"), and memberships told before their member ("A member of SADC, Botswana …", "the 160th member of").
/// </summary>
public sealed class ProseUnknownBodiesListedTests
{
    [Fact]
    public void Eastern_and_Southern_Africas_common_market_is_not_the_European_one() =>
        Assert.DoesNotContain(BundledGazetteer.Names("Zambia joined the Common Market for Eastern and Southern Africa."), n => n.StartsWith("eu:", StringComparison.Ordinal));

    [Fact]
    public void A_long_unknown_body_between_two_known_ones_does_not_end_the_list()
    {
        var text = "# Zambia abroad\n\nZambia is a member of the United Nations, the African Union, the Common Market for Eastern and Southern Africa, and the Southern African Development Community.";

        var partners = BundledPipeline.PartnersOf("zambia", text);

        Assert.Contains("sadc", partners);
        Assert.Contains("african-union", partners);
        Assert.DoesNotContain("eu", partners);
    }

    [Fact]
    public void A_count_may_announce_the_bodies_listed_after_the_cue()
    {
        var text = "# Zambia abroad\n\nZambia is a member of three regional bodies, the Common Market for Eastern and Southern Africa (COMESA), and the Southern African Development Community (SADC).";

        Assert.Contains("sadc", BundledPipeline.PartnersOf("zambia", text));
    }

    [Fact]
    public void Many_long_unknown_names_before_the_first_known_one_still_reach_it()
    {
        var text = "# Guyana abroad\n\nGuyana also belongs to the Inter-American Development Bank, the Islamic Development Bank, the International Finance Corporation, "
            + "the World Bank, and the International Monetary Fund.";

        var partners = BundledPipeline.PartnersOf("guyana", text);

        Assert.Contains("world-bank", partners);
        Assert.Contains("imf", partners);
    }

    [Fact]
    public void A_membership_told_before_its_member_belongs_to_the_name_after_the_comma()
    {
        var text = "# Southern Africa\n\nA longtime member of the Southern African Development Community, Botswana hosts its secretariat in Gaborone.";

        Assert.Contains("botswana member_of sadc", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_fronted_membership_with_its_member_named_is_not_the_subjects()
    {
        var text = "# Zambia's week\n\nZambia hosted a summit. As a member of NATO, Turkey has a veto over enlargement.";

        Assert.DoesNotContain("nato", BundledPipeline.PartnersOf("zambia", text));
    }

    [Fact]
    public void The_hundred_and_sixtieth_member_is_a_member() =>
        Assert.Contains("united-nations", BundledPipeline.PartnersOf("namibia", "# Namibia at the UN\n\nNamibia became the 160th member of the United Nations in 1990."));
}
