namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: who a bloc's members are, who that makes the subject's treaty allies, and which time words belong to a tie.</summary>
public sealed class ProseMembershipTests
{
    [Fact]
    public void A_list_of_a_blocs_members_makes_each_a_member()
    {
        var text = "# BRICS\n\nBRICS has grown. Its members include Brazil, Russia, India, China and South Africa.";

        Assert.Equal(["brazil member_of brics", "china member_of brics", "india member_of brics", "russia member_of brics", "south-africa member_of brics"],
            BundledPipeline.Asserted(text));
    }

    [Fact]
    public void The_member_set_apart_by_besides_is_a_member_and_the_treaty_ally_of_the_others()
    {
        var text = "# Foreign relations of Russia\n\nThe first is the Collective Security Treaty Organization (CSTO), whose members besides Russia are Armenia, Belarus and Kazakhstan.";

        var claims = BundledPipeline.Asserted(text);

        Assert.Contains("russia member_of csto", claims);
        Assert.Contains("kazakhstan member_of csto", claims);
        Assert.Equal(["armenia", "belarus", "csto", "kazakhstan"], BundledPipeline.PartnersOf("russia", text));
        Assert.Contains("russia formal_alliance kazakhstan", claims);
    }

    [Fact]
    public void Factions_named_inside_the_umbrella_that_is_the_subject_are_its_members()
    {
        var text = "# The Popular Mobilization Forces\n\nThe PMF is large. The most powerful factions inside the umbrella, among them Kata'ib Hezbollah, "
            + "Asa'ib Ahl al-Haq and the Badr Organization, are backed by Iran.";
        var country = "# Iraq\n\nIraq is large. The factions inside the coalition, among them Kata'ib Hezbollah, are backed by Iran.";

        Assert.Equal(["asaib-ahl-al-haq member_of popular-mobilization-forces", "badr-organization member_of popular-mobilization-forces", "kataib-hezbollah member_of popular-mobilization-forces"],
            BundledPipeline.Asserted(text).Where(l => l.Contains("member_of", StringComparison.Ordinal)).ToArray());
        Assert.DoesNotContain(BundledPipeline.Asserted(country), l => l.Contains("member_of", StringComparison.Ordinal));
    }

    [Fact]
    public void Members_of_a_bloc_that_is_no_defence_alliance_are_not_made_treaty_allies()
    {
        var text = "# Foreign relations of Russia\n\nRussia is a member of BRICS, whose members besides Russia are Brazil, India and China.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), l => l.Contains("formal_alliance", StringComparison.Ordinal));
    }

    [Fact]
    public void Through_before_a_name_is_a_channel_and_ends_nothing_while_through_a_year_ends_the_tie()
    {
        var channel = "# Iraq's militias\n\nKata'ib Hezbollah is backed by Iran, which has trained and armed it through the Quds Force since before 2014.";
        var span = "# Ukraine\n\nThe United States armed Ukraine through 2024.";

        var backed = Assert.Single(BundledPipeline.Read(channel).Claims, c => c.Object == "kataib-hezbollah" && c.Subject == "iran");
        var armed = Assert.Single(BundledPipeline.Read(span).Claims, c => c.Object == "ukraine");

        Assert.Equal("2014", backed.Validity.From?.ToString());
        Assert.Null(backed.Validity.Until);
        Assert.Equal("2024", armed.Validity.Until?.ToString());
    }

    [Fact]
    public void A_date_inside_a_relative_clause_belongs_to_that_clause_only()
    {
        var text = "# Nicaragua\n\nIn December 2021 Managua broke off relations with Taiwan, which it had recognised since 1990, and established relations with China.";

        var china = Assert.Single(BundledPipeline.Read(text).Claims, c => c.Subject == "nicaragua" && c.Object == "china");

        Assert.Null(china.Validity.From);
    }

    [Fact]
    public void The_smallest_state_of_a_council_is_its_member()
    {
        var text = "# Bahrain\n\nThe Kingdom of Bahrain is the smallest state of the Gulf Cooperation Council by area.";

        Assert.Contains("bahrain member_of gcc", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Leaving_a_bloc_ends_the_membership_and_leaving_a_country_is_no_membership()
    {
        var left = Assert.Single(BundledPipeline.Read("# Britain\n\nThe UK left the EU on 31 January 2020 after 47 years of membership.").Claims);

        Assert.Equal(("united-kingdom", RelationType.MemberOf, "eu"), (left.Subject, left.Relation, left.Object));
        Assert.NotNull(left.Validity.Until);
        Assert.Empty(BundledPipeline.Read("# Mali\n\nWagner left Mali in June.").Claims);
    }

    [Fact]
    public void A_committed_member_is_a_member_and_others_quitting_is_not_the_subjects_leaving()
    {
        var text = "# Ghana\n\nThe minister said the country remains a committed member of ECOWAS.\n\nThe three juntas formally quit ECOWAS in January.";
        var claims = BundledPipeline.Read(text).Claims;

        var membership = Assert.Single(claims, c => c.Subject == "ghana" && c.Object == "ecowas");
        Assert.Null(membership.Validity.Until);
    }

    [Fact]
    public void Keeping_a_relationship_is_a_tie()
    {
        Assert.Equal(["hamas"], BundledPipeline.PartnersOf("malaysia", "# Malaysia\n\nMalaysia keeps its relationship with Hamas's political leaders."));
    }

    [Theory]
    [InlineData("# ECOWAS\n\nNiger, Mali and Burkina Faso withdrew from ECOWAS in January.")]
    [InlineData("# ECOWAS\n\nNiger, Mali and Burkina Faso announce withdrawal from ECOWAS.")]
    public void Withdrawing_from_a_bloc_ends_a_membership(string text)
    {
        var members = BundledPipeline.Read(text).Claims.Where(c => c.Object == "ecowas" && c.Relation == RelationType.MemberOf).ToList();

        Assert.Equal(["burkina-faso", "mali", "niger"], members.Select(c => c.Subject).Order(StringComparer.Ordinal));
        Assert.All(members, c => Assert.NotNull(c.Validity.Until));
    }

    [Theory]
    [InlineData("# Argentina\n\nThe minister confirmed Argentina's decision to withdraw from joining BRICS.")]
    [InlineData("# Afghanistan\n\nThe United States withdrew from Afghanistan in 2021.")]
    public void Withdrawing_from_an_act_or_a_country_is_no_membership(string text)
    {
        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Relation == RelationType.MemberOf);
    }

    [Fact]
    public void A_membership_list_reaches_past_bodies_we_do_not_know()
    {
        var text = "# Grenada\n\nGrenada belongs to the Caribbean Development Bank, the ACS, the Organisation of American States, the OECS and the Commonwealth of Nations.";

        Assert.Equal(["commonwealth", "oecs"], BundledPipeline.PartnersOf("grenada", text));
    }

    [Fact]
    public void Membership_of_organisations_such_as_named_bodies_is_membership_of_each()
    {
        var text = "# Kazakhstan\n\nKazakhstan is a member of Russia-led organisations such as the Eurasian Economic Union and the CSTO.";

        var partners = BundledPipeline.PartnersOf("kazakhstan", text);

        Assert.Contains("eaeu", partners);
        Assert.Contains("csto", partners);
        Assert.DoesNotContain("russia", partners);
    }

    [Fact]
    public void States_accepted_into_a_bloc_are_its_members()
    {
        var text = "# ALBA\n\nAt the summit, Saint Kitts and Nevis and Grenada were accepted into ALBA as members.";

        Assert.Equal(["grenada", "saint-kitts-and-nevis"], BundledPipeline.PartnersOf("alba", text));
    }
}
