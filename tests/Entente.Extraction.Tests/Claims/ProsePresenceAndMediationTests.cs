namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: forces kept abroad, arrangements and joint work, mediators who shuttle, and hostile words that name no enemy.</summary>
public sealed class ProsePresenceAndMediationTests
{
    [Fact]
    public void Forces_kept_in_a_country_tie_their_state_to_it()
    {
        var text = "# Foreign relations of Djibouti\n\nFrance, the former colonial power, has kept forces in Djibouti since independence in 1977.";

        Assert.Contains("france strategic_partner djibouti", BundledPipeline.Asserted(text));
    }

    [Theory]
    [InlineData("British trainers and aircraft still rotate through under long-standing defence arrangements with London.", "united-kingdom")]
    [InlineData("The two still dispute the offshore Durra gas field, which Kuwait develops jointly with Saudi Arabia.", "saudi-arabia")]
    public void Arrangements_with_and_work_done_jointly_with_a_state_make_it_a_partner(string sentence, string partner)
    {
        Assert.Contains(partner, BundledPipeline.PartnersOf("kuwait", "# Kuwait and its neighbours\n\n" + sentence));
    }

    [Fact]
    public void A_trading_partner_by_far_is_still_the_subjects()
    {
        var text = "# Mexico\n\nThe United States, which buys roughly four-fifths of Mexican exports, remains by far its largest trading partner.";

        Assert.Contains("mexico economic_partner united-states", BundledPipeline.Asserted(text));
    }

    [Theory]
    [InlineData("Since April, the foreign minister has shuttled between Iran and the United States.")]
    [InlineData("Since April, Oman has shuttled between the Iranian and American delegations.")]
    public void A_minister_who_shuttles_between_two_governments_makes_the_subject_their_mediator(string sentence)
    {
        var claims = BundledPipeline.Asserted("# Oman, the quiet broker\n\n" + sentence);

        Assert.Contains("oman mediator iran", claims);
        Assert.Contains("oman mediator united-states", claims);
    }

    [Fact]
    public void Talks_a_third_state_hosts_between_two_delegations_make_it_their_mediator_not_the_subjects()
    {
        var claims = BundledPipeline.Asserted("# Oman\n\nTurkey has hosted several rounds of direct talks between Russian and Ukrainian delegations in Istanbul.");

        Assert.Contains("turkey mediator russia", claims);
        Assert.DoesNotContain("turkey mediator oman", claims);
    }

    [Fact]
    public void A_defence_pact_that_was_ended_is_a_former_tie()
    {
        var claim = Assert.Single(BundledPipeline.Read("# Senegal\n\nSenegal ended its defence agreement with France in 2025.").Claims);

        Assert.Equal(("senegal", "france"), (claim.Subject, claim.Object));
        Assert.NotNull(claim.Validity.Until);
    }

    [Theory]
    [InlineData("The European Union maintains an arms embargo, and the United Kingdom keeps its own asset freezes.")]
    [InlineData("Harare abstained in the General Assembly votes on the invasion of Ukraine.")]
    [InlineData("The bloc's observers, led by a former Zambian vice-president, faulted the elections, and officials responded with sharp attacks on Lusaka.")]
    [InlineData("In the late 1990s Zimbabwean troops fought in the Democratic Republic of the Congo on the side of its government.")]
    public void Embargoes_votes_on_a_war_verbal_attacks_and_where_troops_fought_make_no_enemy_or_supplier(string sentence)
    {
        var claims = BundledPipeline.Read("# Zimbabwe's Look East policy\n\n" + sentence).Claims;

        Assert.DoesNotContain(claims, c => c.Polarity == Polarity.Asserts && (c.Relation.IsHostile() || c.Relation == RelationType.Proxy));
        Assert.DoesNotContain(claims, c => c.Subject == "eu" && c.Object == "united-kingdom");
    }

    [Fact]
    public void A_named_bloc_whose_name_holds_alliance_allies_no_one()
    {
        var text = "# Mexico\n\nThe rupture might complicate the Pacific Alliance, a bloc of Chile, Colombia, Mexico and Peru that has been largely paralysed.";

        Assert.Empty(BundledPipeline.PartnersOf("mexico", text));
    }

    [Fact]
    public void Defending_an_act_is_no_alliance_but_supporting_an_army_is_support()
    {
        Assert.Empty(BundledPipeline.PartnersOf("israel", "# Israel\n\nIsraeli officials defended the operation, saying Hamas leaders would find no safe haven anywhere."));
        Assert.Contains("united-states", BundledPipeline.PartnersOf("somalia", "# Somalia\n\nThe United States, which carries out frequent air strikes against the group, supports the federal army."));
    }

    [Fact]
    public void A_threat_two_neighbours_share_makes_neither_the_others_enemy()
    {
        var text = "# Moldova after the gas cut-off\n\nUkraine is Moldova's neighbour. The two neighbours share a long border and a common threat.";

        Assert.Empty(BundledPipeline.AdversariesOf("moldova", text));
    }

    [Fact]
    public void A_demonym_before_a_kind_of_force_names_the_forces_state()
    {
        var text = "# Armenia\n\nHowever, Russian border guards, on the request of Yerevan, will continue to guard Armenia's border with Iran and Turkey.";

        Assert.Contains("russia", BundledPipeline.PartnersOf("armenia", text));
    }

    [Fact]
    public void Troops_of_a_named_kind_deployed_to_a_state_back_it()
    {
        var text = "# South Sudan\n\nUganda has deployed special forces troops to South Sudan to bolster the fragile government of President Salva Kiir.";

        Assert.Contains("uganda", BundledPipeline.PartnersOf("south-sudan", text));
    }
}
