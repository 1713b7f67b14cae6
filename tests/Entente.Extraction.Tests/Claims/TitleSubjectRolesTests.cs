namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Roles a title gives the actors it names that count for or against being the subject: the envoy who visits, the owner of a
/// membership, the one others stand against, the one cut off, and an armed group the title leaves unnamed.
/// </summary>
public sealed class TitleSubjectRolesTests
{
    [Theory]
    [InlineData("Top Qatari official visits Turkey to deepen defence ties", "qatar")]
    [InlineData("Senior Qatari delegation visits Turkey", "qatar")]
    [InlineData("Qatari official: Turkey is our closest partner", "turkey")]
    [InlineData("Qatari official says Turkey is our closest partner", "turkey")]
    public void A_states_envoy_opening_the_title_as_its_doer_makes_the_state_the_subject(string title, string subject)
    {
        var text = $"# {title}\n\nTurkey hosted the talks. Turkey signed a deal with Qatar. Turkey has troops in Doha. Turkey is pleased. The envoy left.";

        Assert.Equal(subject, BundledPipeline.Read(text).Subject);
    }

    [Fact]
    public void The_owner_of_a_membership_the_title_names_is_the_subject()
    {
        const string text = "# Croatia's parliament backs Ukraine's NATO membership bid\n\n"
            + "NATO leaders met. NATO has 32 members. NATO promised a path. Croatia voted yes. Ukraine thanked Croatia.";

        Assert.Equal("ukraine", BundledPipeline.Read(text).Subject);
    }

    [Fact]
    public void One_the_title_names_only_as_what_others_stand_against_is_not_the_subject()
    {
        const string text = "# Rifts in Syria's anti-Hezbollah front\n\n"
            + "Hezbollah fighters crossed the border. Hezbollah holds the hills. Hezbollah is armed by Iran. Syria's army is split.";

        Assert.Equal("syria", BundledPipeline.Read(text).Subject);
    }

    [Fact]
    public void One_the_title_names_only_as_cut_off_is_not_the_subject()
    {
        const string text = "# Pacific leader visits China after severing Taiwan ties\n\n"
            + "Taiwan lost an ally. Taiwan protested. Taiwan warned others. Taiwan recalled its staff. China welcomed the leader.";

        Assert.Equal("china", BundledPipeline.Read(text).Subject);
    }

    [Fact]
    public void A_title_opening_on_an_unnamed_armed_group_is_about_the_group_the_text_names_most()
    {
        const string text = "# This Shia group killed three US soldiers in Jordan\n\n"
            + "The United States blamed Kataib Hezbollah. The United States struck back. Kataib Hezbollah is an Iraqi militia. "
            + "The United States lists Kataib Hezbollah as a terrorist group. The United States has bases in Iraq.";

        Assert.Equal("kataib-hezbollah", BundledPipeline.Read(text).Subject);
    }

    [Theory]
    [InlineData("Qatar steps back from mediation role in Israel-Hamas conflict", "qatar")]
    [InlineData("Abraham Alliance vs Axis of Resistance: who is fighting in an Israel-Hamas war", "hamas")]
    [InlineData("Israel-Hamas truce talks resume", "hamas")]
    public void The_sides_of_a_war_named_as_one_word_are_a_setting_for_another_actor_of_the_same_clause(string title, string subject)
    {
        var text = $"# {title}\n\nHamas fired rockets. Hamas holds hostages. Hamas met envoys in Doha. Israel struck Gaza. Qatar hosts talks.";

        Assert.Equal(subject, BundledPipeline.Read(text).Subject);
    }

    [Theory]
    [InlineData("UK troops on standby to defend NATO member Estonia from Russia", "estonia")]
    [InlineData("NATO and Estonia drill in the Baltic", "nato")]
    public void A_bloc_naming_the_standing_of_the_state_after_it_is_not_the_subject(string title, string subject)
    {
        var text = $"# {title}\n\nNATO met. NATO will help. NATO drills. NATO has troops there. Estonia is ready. Britain sends troops.";

        Assert.Equal(subject, BundledPipeline.Read(text).Subject);
    }

    [Theory]
    [InlineData("The Australian: Fiji's new prime minister refuses to let China train police", "fiji")]
    [InlineData("Australia: Fiji's new prime minister refuses to let China train police", "australia")]
    public void A_newspaper_named_before_the_titles_colon_is_not_the_subject(string title, string subject)
    {
        var text = $"# {title}\n\nAustralia trains police across the Pacific. Australia welcomed the move. Australia pays. Fiji's leader spoke. China offered help.";

        Assert.Equal(subject, BundledPipeline.Read(text).Subject);
    }

    [Theory]
    [InlineData("The Syrian President: an agreement with Israel and a Turkish move against the SDF", "syria")]
    [InlineData("The SDF and Syria's elections", "syrian-democratic-forces")]
    public void A_state_is_dropped_as_a_groups_home_only_where_the_group_then_wins(string title, string subject)
    {
        var text = $"# {title}\n\nSyria's president said Syria is close to a security agreement with Israel. Syria wants one. Israel gains. The SDF objects.";

        Assert.Equal(subject, BundledPipeline.Read(text).Subject);
    }
}
