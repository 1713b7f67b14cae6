namespace Entente.Extraction.Tests.Claims;

/// <summary>An aside set off by commas right after an actor puts the cue after it no farther from the actor.</summary>
public sealed class AsideTests
{
    [Theory]
    [InlineData("# South Korea\n\nSouth Korea exports chips. China, a key player in the region, is South Korea's largest trading partner.", "south-korea", "china")]
    [InlineData("# Iraq\n\nIraq votes in November. Iran, the most influential of the neighbours, remains Iraq's indispensable economic partner.", "iraq", "iran")]
    public void A_cue_past_an_aside_after_the_actor_still_ties_it(string text, string subject, string partner)
    {
        Assert.Contains(partner, BundledPipeline.PartnersOf(subject, text));
    }

    [Fact]
    public void An_aside_that_holds_a_cue_is_read_as_it_stands()
    {
        var text = "# The Taliban\n\nThe Taliban rule Kabul. Relations with Pakistan, once the movement's most important backer, have turned hostile.";

        Assert.Contains("pakistan", BundledPipeline.PartnersOf("taliban", text));
    }

    [Fact]
    public void An_aside_between_two_members_keeps_the_list()
    {
        var text = "# Kyrgyzstan\n\nKyrgyzstan holds elections. Tajikistan, a key player in the region, and Kyrgyzstan signed a treaty of alliance in Bishkek.";

        Assert.Contains("tajikistan", BundledPipeline.PartnersOf("kyrgyzstan", text));
    }

    [Fact]
    public void An_aside_between_the_named_and_a_copula_before_the_owners_noun_is_passed_over()
    {
        var text = "# Brazil\n\nBrazil exports soy. The United States, a key player in the region, is Brazil's second-largest export market.";

        Assert.Contains(BundledPipeline.Read(text).Claims, c => c.Rule.StartsWith("noun", StringComparison.Ordinal) && (c.Subject, c.Object) is ("brazil", "united-states") or ("united-states", "brazil"));
    }

    [Theory]
    [InlineData("# Bahrain\n\nTies with Iran were cut; Manama, a key player in the region, has repeatedly accused the Revolutionary Guards of arming militant cells.", "bahrain", "irgc")]
    public void An_aside_before_an_adverb_and_the_verb_keeps_the_doer(string text, string subject, string adversary) =>
        Assert.Contains(adversary, BundledPipeline.AdversariesOf(subject, text));

    [Theory]
    [InlineData("# Taiwan\n\nThat quarrel is between China and Lithuania; Taiwan, a key player in the region, has since pledged credit funds for Lithuania.", "taiwan", "lithuania")]
    [InlineData("# Russia\n\nIran and Russia, a key player in the region, signed a twenty-year comprehensive strategic partnership treaty in Moscow.", "russia", "iran")]
    [InlineData("# Uzbekistan\n\nKazakhstan and Uzbekistan, a key player in the region, signed an allied-relations treaty in December 2021.", "uzbekistan", "kazakhstan")]
    public void An_aside_after_the_subject_hides_no_tie(string text, string subject, string partner) =>
        Assert.Contains(partner, BundledPipeline.PartnersOf(subject, text));
}
