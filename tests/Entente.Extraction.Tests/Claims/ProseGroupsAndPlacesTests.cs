namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Real prose: a group described by where it is from, partners placed "in" a country, a report's author, warm ties named as
/// nouns, the helper of an attack, an attack talked about, and a second verb of the same doer after "and".
/// </summary>
public sealed class ProseGroupsAndPlacesTests
{
    [Fact]
    public void The_backed_group_described_by_a_demonym_is_the_subject_group()
    {
        var text = "# Hezbollah\n\nHezbollah has launched a strategic review. The talks reflect the pressure the Iran-backed Lebanese group has faced since the truce.";

        Assert.Contains("iran", BundledPipeline.PartnersOf("hezbollah", text));
        Assert.DoesNotContain("lebanon", BundledPipeline.PartnersOf("hezbollah", text));
    }

    [Fact]
    public void Allies_in_a_list_of_countries_are_people_there_not_the_countries()
    {
        var text = "# Hezbollah\n\nHezbollah has become a regional player. It has also provided support to allies in Syria, Iraq and Yemen.";

        Assert.Empty(BundledPipeline.PartnersOf("hezbollah", text));
    }

    [Fact]
    public void Partners_in_a_country_named_among_them_are_still_partners()
    {
        var text = "# Iran\n\nIran's proxies in Iraq, Kata'ib Hezbollah and Harakat al-Nujaba among them, have stayed largely quiet.";

        Assert.Equal(["harakat-al-nujaba", "kataib-hezbollah"], BundledPipeline.PartnersOf("iran", text));
    }

    [Fact]
    public void A_demonym_glued_to_a_groups_name_says_where_the_group_is_from()
    {
        var text = "# TTP\n\nThe Afghan Taliban are providing growing support to the TTP.";

        Assert.Equal(["taliban"], BundledPipeline.PartnersOf("ttp", text));
    }

    [Theory]
    [InlineData("# TTP\n\nAfghan Taliban providing growing support to TTP: UN report")]
    [InlineData("# TTP\n\nThe TTP is a group responsible for numerous attacks against Pakistan, a UN report has revealed.")]
    public void The_author_of_a_report_is_no_party(string text)
    {
        Assert.DoesNotContain("united-nations", BundledPipeline.PartnersOf("ttp", text));
        Assert.DoesNotContain("united-nations", BundledPipeline.AdversariesOf("ttp", text));
    }

    [Theory]
    [InlineData("# TTP\n\nThe report highlights the close ties between the Taliban and TTP.", "ttp", "taliban")]
    [InlineData("# Congo\n\nOver the years, Russia and the Republic of Congo have had good bilateral relations.", "republic-of-the-congo", "russia")]
    [InlineData("# TTP\n\nThe report reveals the involvement of al-Qaida in assisting TTP with training.", "ttp", "al-qaeda")]
    public void Warm_ties_named_as_nouns_and_assistance_make_partners(string text, string subject, string partner)
    {
        Assert.Contains(partner, BundledPipeline.PartnersOf(subject, text));
    }

    [Fact]
    public void One_whose_support_an_attack_has_is_not_its_target()
    {
        var text = "# TTP\n\nThe TTP conducts cross-border attacks into Pakistan with the Taliban’s increasing support.";

        Assert.DoesNotContain("taliban", BundledPipeline.AdversariesOf("ttp", text));
    }

    [Fact]
    public void An_attack_the_subject_talks_about_is_not_its_attack()
    {
        var text = "# Croatia\n\nThe Croatian government has often linked the aggression against Ukraine to that faced by Croatia in the 1990s.";

        Assert.DoesNotContain("ukraine", BundledPipeline.AdversariesOf("croatia", text));
    }

    [Fact]
    public void A_second_verb_after_and_belongs_to_the_first_verbs_doer_not_its_objects()
    {
        var text = "# Croatia\n\nCroatia will continue to align themselves with the United States and the EU and continue to dismantle relations with Russia.";
        var claims = BundledPipeline.Read(text).Claims;

        Assert.Equal(["eu", "united-states"], BundledPipeline.PartnersOf("croatia", text));
        Assert.DoesNotContain(claims, c => c.Object == "russia" && c.Subject is "united-states" or "eu");
    }

    [Theory]
    [InlineData("# IS-K\n\nIS-K recruits Afghan and Pakistani jihadists, especially defecting members of the Afghan Taliban.", "taliban")]
    [InlineData("# IS-K\n\nIn 2015, breakaway fighters from the Pakistani Taleban joined militants in Afghanistan to form IS-K.", "ttp")]
    public void People_drawn_away_from_a_group_tie_no_one_to_it(string text, string group)
    {
        Assert.DoesNotContain(group, BundledPipeline.PartnersOf("islamic-state-khorasan", text));
    }

    [Fact]
    public void The_other_allies_of_someone_are_the_subjects_peers_not_its_allies()
    {
        var text = "# Saint Kitts and Nevis\n\nSaint Kitts and Nevis recognises Taiwan. The other allies include Paraguay and Guatemala.";

        Assert.Equal(["taiwan"], BundledPipeline.PartnersOf("saint-kitts-and-nevis", text));
    }

    [Fact]
    public void A_fronted_stand_off_belongs_to_the_name_after_its_comma()
    {
        var text = "# Seychelles\n\nMeanwhile, locked in a long border stand-off with China, India plans a base on an island of the Seychelles.";

        Assert.Empty(BundledPipeline.AdversariesOf("seychelles", text));
        Assert.Contains("india rival china", BundledPipeline.Asserted(text));
    }
}
