using Entente.Extraction.Claims;

namespace Entente.Extraction.Tests.Claims;

/// <summary>"also", and a word of time right after an auxiliary, are left out of a unit's words, so no reader has to step over them.</summary>
public sealed class AlsoTests
{
    [Fact]
    public void Also_is_not_among_the_words_and_the_others_keep_their_places()
    {
        var words = Words.Of("China has also financed the corridor. Also, Russia sold jets.");

        Assert.DoesNotContain(words, w => w.Lower == "also");
        var financed = Assert.Single(words, w => w.Lower == "financed");
        Assert.Equal("China has also ".Length, financed.Start);
    }

    [Theory]
    [InlineData("it has long backed", "it has backed")]
    [InlineData("ties are now cordial", "ties are cordial")]
    [InlineData("it is still a member", "it is a member")]
    public void A_word_of_time_after_an_auxiliary_is_left_out(string text, string read)
    {
        Assert.Equal(read.Split(' '), Words.Of(text).Select(w => w.Text));
    }

    [Theory]
    [InlineData("the now-defunct pact")]
    [InlineData("it lasted long")]
    [InlineData("now it is over")]
    public void A_word_of_time_elsewhere_is_kept(string text)
    {
        Assert.Contains(Words.Of(text), w => w.Lower is "now" or "long");
    }

    [Theory]
    [InlineData("# Taiwan\n\nThe United States has long been Taiwan's primary military supporter.", "united-states")]
    [InlineData("# Guatemala\n\nThe United States is also its largest trading partner and the source of most remittances.", "united-states")]
    [InlineData("# Hamas\n\nQatar, together with Egypt, has also mediated every round of talks since 2023.", "qatar")]
    [InlineData("# Hamas\n\nQatar, together with Egypt, has reportedly mediated every round of talks since 2023.", "qatar")]
    public void A_tie_with_also_or_long_inside_it_is_read_as_without(string text, string partner)
    {
        var subject = text[2..text.IndexOf('\n')].ToLowerInvariant();

        Assert.Contains(partner, BundledPipeline.PartnersOf(subject, text));
    }

    [Theory]
    [InlineData("# Iran\n\nIran has reportedly armed Hezbollah since the 1980s.")]
    [InlineData("# Iran\n\nIran is allegedly arming Hezbollah.")]
    [InlineData("# Iran\n\nIran reportedly arms Hezbollah.")]
    [InlineData("# Iran\n\nIran and Hezbollah reportedly signed a defence pact.")]
    [InlineData("# Iran\n\nIran purportedly fights alongside Hezbollah.")]
    public void A_hedge_left_out_still_hedges_the_claim(string text)
    {
        var claim = Assert.Single(BundledPipeline.Read(text).Claims, c => c.Subject == "iran" && c.Object == "hezbollah");

        Assert.True(claim.Hedged);
    }

    [Theory]
    [InlineData("# Ethiopia\n\nEarlier this year Sudan and Egypt reportedly signed a joint defense treaty and held war games in a show of force to Ethiopia.", "ethiopia", "egypt")]
    [InlineData("# Kataib Sayyid al-Shuhada\n\nIn Iraq, the group is a member of the Popular Mobilization Forces and reportedly fights alongside the Iraqi Government and other Shiite paramilitaries against the Islamic State.", "kataib-sayyid-al-shuhada", "islamic-state")]
    public void A_hedge_before_a_verb_with_no_auxiliary_hides_no_foe(string text, string subject, string adversary) =>
        Assert.Contains(adversary, BundledPipeline.AdversariesOf(subject, text));

    [Fact]
    public void A_list_refilled_without_a_hedge_is_not_hedged()
    {
        var hedged = Words.OfUnit("Iran has reportedly armed Hezbollah.");
        Assert.True(Words.LeftOutAHedge(hedged));

        var plain = Words.OfUnit("Iran has armed Hezbollah.");

        Assert.False(Words.LeftOutAHedge(plain));
    }
}
