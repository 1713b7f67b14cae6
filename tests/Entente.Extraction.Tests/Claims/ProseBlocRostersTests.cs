namespace Entente.Extraction.Tests.Claims;

/// <summary>A bloc's roster: what the bloc includes, founders, members we hold no actor for, and a leader who only travels.</summary>
public sealed class ProseBlocRostersTests
{
    [Fact]
    public void What_a_bloc_includes_are_its_members()
    {
        var text = "# Astana takes the chair\n\nKazakhstan helped set up the CSTO, which was founded in 1992 and today includes Russia, Kazakhstan, Armenia and Belarus.";

        var partners = BundledPipeline.PartnersOf("kazakhstan", text);

        Assert.Equal(["armenia", "belarus", "csto", "russia"], partners.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void What_a_fight_includes_makes_no_one_a_member()
    {
        var text = "# The Fatemiyoun\n\nThe Fatemiyoun went to Syria to fight rebel factions, which later came to include Hayat Tahrir al-Sham.";

        Assert.DoesNotContain("hayat-tahrir-al-sham member_of fatemiyoun", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_founder_of_a_bloc_is_a_member()
    {
        var text = "# Minsk and the CSTO\n\nBelarus was a founder of the CSTO in 1992.";

        Assert.Contains("belarus member_of csto", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_member_we_hold_no_actor_for_does_not_end_the_list()
    {
        var text = "# The forum\n\nThe Pacific Islands Forum met in Apia. The forum's members include Australia, Cook Islands, Fiji, Niue, Samoa and Tonga.";

        var partners = BundledPipeline.PartnersOf("pacific-islands-forum", text);

        Assert.Contains("australia", partners);
        Assert.Contains("fiji", partners);
        Assert.Contains("samoa", partners);
        Assert.Contains("tonga", partners);
    }

    [Fact]
    public void One_who_heads_to_a_capital_leads_nothing_there()
    {
        var text = "# The forum meets\n\nThe Pacific Islands Forum meets this week. Jacinda Ardern has played down Kiribati's exit from the Pacific Islands Forum as she heads to Suva for the talks.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), l => l.Contains("member_of fiji", StringComparison.Ordinal));
    }

    [Fact]
    public void Founders_named_after_a_dated_by_are_members()
    {
        var text = "# The SCO at twenty\n\nThe SCO held its summit in Astana. The SCO was founded on June 15 2001 by the leaders of Kazakhstan, China and Russia.";

        var partners = BundledPipeline.PartnersOf("sco", text);

        Assert.Equal(["china", "kazakhstan", "russia"], partners.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(BundledPipeline.Asserted(text), l => l.StartsWith("sco ", StringComparison.Ordinal));
    }

    [Fact]
    public void One_named_after_another_by_did_not_do_it()
    {
        var text = "# Libya's rivals\n\nLibya stays split. Libya was long torn between two rival governments, one of them recognised by the United Nations (the Government of National Accord).";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), l => l.StartsWith("government-of-national-accord", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_in_brackets_after_a_blocs_name_is_its_roster()
    {
        var text = "# Gulf ties\n\nOman kept close to the other states of the Gulf Cooperation Council (GCC: Saudi Arabia, Kuwait, Qatar and Oman).";

        var members = BundledPipeline.Asserted(text).Where(l => l.EndsWith("member_of gcc", StringComparison.Ordinal)).ToArray();

        Assert.Equal(["kuwait member_of gcc", "oman member_of gcc", "qatar member_of gcc", "saudi-arabia member_of gcc"], members);
    }

    [Fact]
    public void A_bracket_that_goes_on_after_the_names_is_no_roster()
    {
        var text = "# Summit\n\nNATO (Turkey and Greece above all) argued over the sea.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), l => l.EndsWith("member_of nato", StringComparison.Ordinal));
    }

    [Fact]
    public void Member_states_of_the_union_are_its_members()
    {
        var text = "# The EAEU\n\nThe EAEU met in Minsk. Armenia, Belarus and Kazakhstan are the current member states of the union.";

        var partners = BundledPipeline.PartnersOf("eaeu", text);

        Assert.Equal(["armenia", "belarus", "kazakhstan"], partners.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void What_a_blocs_concerns_include_are_no_members()
    {
        var text = "# NATO looks east\n\nNATO met in Vilnius. NATO's main concerns now include Russia and Belarus.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), l => l.EndsWith("member_of nato", StringComparison.Ordinal));
    }
}
