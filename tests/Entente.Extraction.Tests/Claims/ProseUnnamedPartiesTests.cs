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
}
