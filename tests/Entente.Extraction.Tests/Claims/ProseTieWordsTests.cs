namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: hosting, treaty bonds, paying for another,  and sentences about "relations" that name no one.</summary>
public sealed class ProseTieWordsTests
{
    [Fact]
    public void Hosting_a_groups_office_or_foreign_troops_is_a_tie_but_hosting_exiles_is_not()
    {
        var office = "# Qatar\n\nQatar hosts Hamas's political office. Qatar hosts US troops at Al Udeid.";
        var exiles = "# Nicaragua\n\nRelations with neighbouring Costa Rica, which hosts hundreds of thousands of Nicaraguan exiles, are cool.";

        Assert.Equal(["hamas", "united-states"], BundledPipeline.PartnersOf("qatar", office));
        Assert.Empty(BundledPipeline.PartnersOf("nicaragua", exiles));
    }

    [Fact]
    public void Bound_to_another_by_a_treaty_is_a_formal_alliance_and_bound_to_alone_is_nothing()
    {
        var treaty = "# North Korea\n\nBeijing, bound to Pyongyang by a 1961 treaty of friendship and mutual assistance, responded cautiously.";
        var loose = "# North Korea\n\nChina's economy is bound to Russia's fortunes in many ways.";

        Assert.Equal(["china formal_alliance north-korea"], BundledPipeline.Asserted(treaty));
        Assert.Empty(BundledPipeline.Asserted(loose));
    }

    [Fact]
    public void A_sentence_about_relations_that_names_no_one_is_about_the_subject_and_the_one_named_before()
    {
        var text = "# Venezuela\n\nVenezuela and the United States broke off relations in 2019. Relations between the two are openly hostile.";

        Assert.Equal(["united-states"], BundledPipeline.AdversariesOf("venezuela", text));
    }

    [Fact]
    public void Paying_for_an_armys_fuel_and_salaries_is_support()
    {
        var text = "# Lebanon\n\nLebanon's new government took office. Qatar has paid for fuel and salaries for the Lebanese army.";

        Assert.Equal(["qatar"], BundledPipeline.PartnersOf("lebanon", text));
    }

    [Fact]
    public void An_answer_about_relations_is_about_the_subject_and_the_one_the_question_named()
    {
        var text = "# Pakistan's friends\n\nQ: What about the United States?\n\nA: Relations have warmed noticeably this year.";

        Assert.Equal(["united-states"], BundledPipeline.PartnersOf("pakistan", text));
    }

    [Fact]
    public void A_supporter_an_ally_to_and_fighting_together_are_ties_not_enmity()
    {
        var text = "# Pakistan\n\nPakistan is large.\n\nChina has been a staunch supporter of North Korea. "
            + "Russia has been a reliable ally to Belarus since the Cold War, when the two countries fought together.";

        var claims = BundledPipeline.Asserted(text);

        Assert.Contains("china strategic_partner north-korea", claims);
        Assert.Contains(claims, l => l.Contains("belarus", StringComparison.Ordinal) && l.Contains("russia", StringComparison.Ordinal) && l.Contains(" ally ", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, l => l.Contains("adversary", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("# Chad\n\nAbu Dhabi has extended loans to Chad.", "united-arab-emirates economic_partner chad")]
    [InlineData("# Chad\n\nThe UAE lent Chad hundreds of millions of dollars.", "united-arab-emirates economic_partner chad")]
    [InlineData("# Peru\n\nThe United States is Peru's second-largest trading partner.", "peru economic_partner united-states")]
    public void Loans_and_a_ranked_trading_partner_are_economic_ties(string text, string claim)
    {
        Assert.Contains(claim, BundledPipeline.Asserted(text));
    }

    [Theory]
    [InlineData("# Libya's LNA\n\nThe LNA holds the east. Egypt reiterated its full support for the LNA.", "libyan-national-army", "egypt")]
    [InlineData("# Argentina\n\nMilei aims to realign Argentina's relations by forging closer ties with the United States.", "argentina", "united-states")]
    [InlineData("# Bolivia\n\nBolivia has focused its foreign policy on alliances with China, Russia, and Iran.", "bolivia", "russia")]
    public void Full_support_closer_ties_and_alliances_with_are_ties(string text, string subject, string partner)
    {
        Assert.Contains(partner, BundledPipeline.PartnersOf(subject, text));
    }

    [Fact]
    public void A_leaders_his_stands_for_the_side_the_leader_leads()
    {
        var text = "# Libya's LNA\n\nThe LNA holds the east. Sisi reiterated his full support for Haftar.";

        Assert.Contains("egypt", BundledPipeline.PartnersOf("libyan-national-army", text));
    }

    [Fact]
    public void Combat_as_a_noun_is_no_hostility()
    {
        var text = "# Foreign forces in the Central African Republic\n\n| Force | Since | Role |\n|---|---|---|\n| Wagner Group (Russia) | 2018 | Presidential protection, combat operations |";

        Assert.Empty(BundledPipeline.AdversariesOf("central-african-republic", text));
    }

    [Theory]
    [InlineData("# The PKK\n\nTurkey has vowed to destroy the PKK.", "pkk", "turkey")]
    [InlineData("# The PKK\n\nIraqi forces are combating the PKK in Sinjar.", "pkk", "iraq")]
    public void Vows_to_destroy_and_combating_are_hostile(string text, string subject, string adversary)
    {
        Assert.Contains(adversary, BundledPipeline.AdversariesOf(subject, text));
    }

    [Fact]
    public void Signing_a_named_treaty_with_others_ties_the_signatories()
    {
        var text = "# Belgium\n\nIn 1948, Belgium signed the Treaty of Brussels with Britain, France, the Netherlands, and Luxembourg.";

        Assert.Equal(["france", "luxembourg", "netherlands", "united-kingdom"], BundledPipeline.PartnersOf("belgium", text));
    }

    [Theory]
    [InlineData("# Malta\n\nMalta signed the Treaty of Lisbon in 2007.")]
    [InlineData("# Malta\n\nMalta signed the Treaty of Lisbon with the other members of the EU in 2007.")]
    public void The_city_in_a_treaty_name_is_no_signatory(string text)
    {
        Assert.DoesNotContain("portugal", BundledPipeline.PartnersOf("malta", text));
    }

    [Fact]
    public void Relations_rated_very_close_make_partners()
    {
        Assert.Equal(["switzerland"], BundledPipeline.PartnersOf("liechtenstein", "# Liechtenstein\n\nEconomic and political relations with neighbouring Switzerland are very close."));
    }

    [Fact]
    public void Long_time_treaty_allies_of_a_state_are_its_allies()
    {
        Assert.Contains("united-states", BundledPipeline.PartnersOf("philippines", "# Philippines\n\nJapan and the Philippines are both long time treaty allies of US."));
    }

    [Theory]
    [InlineData("# Argentina\n\nThe pillar of the new foreign policy is a renewed alignment with the United States.", "argentina", "united-states")]
    [InlineData("# Angola\n\nSince 2017 the government has made a strong rapprochement with the United States.", "angola", "united-states")]
    [InlineData("# Angola\n\nTrade has built a stronger bond with India.", "angola", "india")]
    [InlineData("# CAR\n\nThe Central African Republic explained that its partnership with Russia was expected to continue.", "central-african-republic", "russia")]
    [InlineData("# CAR\n\nThe president spoke in favour of a consolidation of relations with France.", "central-african-republic", "france")]
    public void Alignment_rapprochement_and_bonds_with_a_state_make_partners(string text, string subject, string partner)
    {
        Assert.Contains(partner, BundledPipeline.PartnersOf(subject, text));
    }

    [Fact]
    public void Working_closely_with_anothers_rivals_ties_the_rivals_named_beside_them()
    {
        var text = "# Bangladesh\n\nThe shift pushed Bangladesh to work more closely with India's traditional rivals, China and Pakistan.";

        var partners = BundledPipeline.PartnersOf("bangladesh", text);

        Assert.Contains("china", partners);
        Assert.Contains("pakistan", partners);
        Assert.DoesNotContain("india", partners);
    }
}
