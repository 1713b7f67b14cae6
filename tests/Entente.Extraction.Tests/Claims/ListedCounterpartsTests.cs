namespace Entente.Extraction.Tests.Claims;

/// <summary>Lists of counterparts that a turn of phrase used to cut short, and wordings of ties the lexicon lacked.</summary>
public sealed class ListedCounterpartsTests
{
    [Fact]
    public void A_partner_of_two_states_is_the_partner_of_each()
    {
        var text = "# Chad after the coup\n\nUntil last year, Chad had been a reliable security partner of the United States and France.";

        Assert.Equal(["france", "united-states"], BundledPipeline.PartnersOf("chad", text).Order());
    }

    [Fact]
    public void A_dash_typed_as_two_hyphens_glues_the_last_member_to_nothing()
    {
        var text = "# Denmark's neighbourhood\n\nDenmark keeps up cooperation with Norway, Sweden, Finland, and Iceland--through the Nordic Council and bilaterally.";

        Assert.Contains("iceland", BundledPipeline.PartnersOf("denmark", text));
    }

    [Fact]
    public void A_member_described_before_its_name_stays_on_the_list()
    {
        var text = "# Hamas and its backers\n\nHamas gets support from Iran, Qatar and the Lebanese militant group Hezbollah.";

        Assert.Contains("hezbollah", BundledPipeline.PartnersOf("hamas", text));
    }

    [Fact]
    public void Member_states_written_with_a_hyphen_list_the_members()
    {
        var text = "# The Gulf Cooperation Council\n\nThe GCC's member-states are Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates.";

        Assert.Equal(6, BundledPipeline.PartnersOf("gcc", text).Length);
    }

    [Fact]
    public void A_long_list_before_its_cue_keeps_its_first_members()
    {
        var text = "# ASEAN at a glance\n\nBrunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Vietnam are the member states of the association.";

        var members = BundledPipeline.PartnersOf("asean", text);

        Assert.Contains("brunei", members);
        Assert.Equal(10, members.Length);
    }

    [Fact]
    public void Joiners_of_a_bloc_described_by_a_relative_clause_join_the_subject()
    {
        var text = "# BRICS grows\n\nBolivia and Kazakhstan are due to join the bloc, which was launched by Brazil, Russia, India and China.";

        var partners = BundledPipeline.PartnersOf("brics", text);

        Assert.Contains("bolivia", partners);
        Assert.Contains("kazakhstan", partners);
    }

    [Fact]
    public void Relationships_forged_are_ties()
    {
        var text = "# Brazil's reach\n\nBrazil has also forged relationships with other developing countries, especially Indonesia and Nigeria.";

        Assert.Equal(["indonesia", "nigeria"], BundledPipeline.PartnersOf("brazil", text).Order());
    }

    [Fact]
    public void States_set_to_join_a_bloc_are_its_members()
    {
        var text = "# The SCO grows\n\nBelarus and Laos are set to join the Shanghai Cooperation Organisation next year.";

        Assert.Equal(["belarus", "laos"], BundledPipeline.PartnersOf("sco", text).Order());
    }

    [Fact]
    public void Examples_of_a_class_are_the_counterparts_of_a_verb_far_from_its_doer()
    {
        var text = "# Cambodia's opening\n\nCambodia has tried to mend ties with its neighbours and has left its isolation behind through "
            + "expanded relations with other nations, such as Japan, India and Turkey.";

        Assert.Equal(["india", "japan", "turkey"], BundledPipeline.PartnersOf("cambodia", text).Order());
    }

    [Fact]
    public void Military_links_are_a_working_tie()
    {
        var text = "# Singapore's balance\n\nStill, Singapore maintained low-profile military links to the United States.";

        Assert.Contains("united-states", BundledPipeline.PartnersOf("singapore", text));
    }

    [Fact]
    public void A_count_the_copula_spells_out_lists_the_subjects_counterparts()
    {
        var text = "# North Korea's circle\n\nNorth Korea has a single treaty ally. The other three \"quasi-partners\" are Russia, Iran and Belarus.";

        Assert.Equal(["belarus", "iran", "russia"], BundledPipeline.PartnersOf("north-korea", text).Order());
    }
}
