namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Sentences whose doer or patient is a party we do not know or name only by what it is: the subject must not
/// stand in for it. Also counts of allies, pressure from a third state, and verb forms used as nouns.
/// </summary>
public sealed class ProseUnnamedPartiesTests
{
    [Fact]
    public void Backers_of_an_army_we_do_not_know_back_that_army_not_the_subject()
    {
        var text = "# The UAE and the war in Sudan\n\nThe shipments grew after March, when the Sudanese Army, backed by Egypt and Turkey, retook the capital.";

        Assert.Empty(BundledPipeline.PartnersOf("united-arab-emirates", text));
    }

    [Fact]
    public void A_sentence_opened_by_rebels_not_named_speaks_for_them_not_for_the_subject()
    {
        var text = "# Iran and the Red Sea\n\nThe rebels say their raids on shipping are a show of support for Hamas.";

        Assert.Empty(BundledPipeline.PartnersOf("iran", text));
    }

    [Fact]
    public void A_front_that_receives_arms_from_the_subject_is_the_one_that_fights()
    {
        var text = "# Algeria and Morocco\n\nThe Front, receiving money and arms from Algeria, was actively fighting against Morocco until 1991.";

        Assert.Empty(BundledPipeline.AdversariesOf("algeria", text));
    }

    [Theory]
    [InlineData("# Iran and the Red Sea\n\nThe main targets are tankers from the United States and Britain.", "iran")]
    [InlineData("# Taiwan\n\nTaiwan is down to 12 allies as Beijing keeps up the pressure.", "taiwan")]
    [InlineData("# The Philippines\n\nAmid China pressure, the United States and the Philippines renew their security alliance.", "china")]
    public void Targets_as_a_noun_a_tally_of_allies_and_a_third_states_pressure_tie_no_one(string text, string actor)
    {
        var claims = BundledPipeline.Read(text).Claims;

        Assert.DoesNotContain(claims, c => c.Polarity == Polarity.Asserts && (actor == "china" ? c.Object == "china" || c.Subject == "china" : c.Subject == actor || c.Object == actor));
    }

    [Fact]
    public void A_conflict_someone_ended_is_a_former_enmity()
    {
        var claim = Assert.Single(BundledPipeline.Read("# India\n\nHe said he had ended the conflict between India and Pakistan.").Claims);

        Assert.NotNull(claim.Validity.Until);
    }

    [Fact]
    public void A_country_named_before_an_armed_groups_name_is_where_the_group_is_not_the_one_supported()
    {
        var claims = BundledPipeline.Asserted("# The UAE and the war in Sudan\n\nThe UAE has increased support to Sudan's RSF.");

        Assert.Contains("united-arab-emirates proxy rapid-support-forces", claims);
        Assert.DoesNotContain("united-arab-emirates strategic_partner sudan", claims);
    }

    [Fact]
    public void A_war_in_a_country_that_opens_the_sentence_heads_no_list_with_the_sentences_doer()
    {
        var text = "# Kazakhstan\n\nSince the start of the war in Ukraine, Kazakhstan has been asked to rethink its close ties with Russia.";

        Assert.DoesNotContain("ukraine strategic_partner russia", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Not_acknowledging_that_one_arms_a_group_still_says_one_arms_it()
    {
        var claims = BundledPipeline.Read("# Iran\n\nIran does not acknowledge that it arms and funds the Houthis.").Claims;

        Assert.Contains(claims, c => c.Subject == "iran" && c.Object == "houthis" && c.Polarity == Polarity.Asserts);
    }

    [Fact]
    public void States_that_sign_an_agreement_a_third_state_brokered_are_not_mediators()
    {
        var text = "# Israel\n\nBahrain and Morocco signed US-brokered normalisation agreements with Israel in 2020.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Relation == RelationType.Mediator && c.Subject != "united-states");
    }

    [Fact]
    public void Countries_told_to_have_ties_are_the_doers_of_the_tie_not_the_subject()
    {
        var text = "# Eswatini, Taiwan's last friend\n\nChina does not allow countries to have official ties with both itself and Taiwan as it regards the island as a breakaway province.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("eswatini", text));
    }

    [Fact]
    public void Talks_hosted_between_parties_not_named_do_not_make_the_host_the_subjects_mediator()
    {
        var text = "# Uganda sends troops to Juba\n\nKenya has been hosting talks between the government and holdout rebel groups.";

        Assert.DoesNotContain("kenya", BundledPipeline.PartnersOf("uganda", text));
    }
}
