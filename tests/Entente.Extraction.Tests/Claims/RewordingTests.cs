using Entente.Extraction.Evaluation;

namespace Entente.Extraction.Tests.Claims;

/// <summary>The rewordings of the robustness check keep a sentence well formed and its meaning whole.</summary>
public sealed class RewordingTests
{
    private static string? Apply(string name, string text, int otherNameEnd = -1, int subjectNameEnd = -1) =>
        Rewordings.All.Single(r => r.Name == name).Apply(new Passage(text, otherNameEnd, subjectNameEnd));

    [Fact]
    public void An_opener_lowers_only_a_word_that_is_capital_because_it_opens()
    {
        Assert.Equal("In 2019, the group backs Iran.", Apply("opener-date", "The group backs Iran."));
        Assert.Equal("In 2019, Iran backs the group.", Apply("opener-date", "Iran backs the group."));
    }

    [Fact]
    public void An_adverb_goes_after_the_first_auxiliary_or_nowhere()
    {
        Assert.Equal("Iran has long armed Hezbollah.", Apply("adverb-long", "Iran has armed Hezbollah."));
        Assert.Null(Apply("adverb-long", "Iran arms Hezbollah."));
    }

    [Fact]
    public void An_aside_follows_the_other_actors_name_where_it_is_a_verbs_doer()
    {
        Assert.Equal("Iran, a key player in the region, has armed Hezbollah.", Apply("aside-after-other", "Iran has armed Hezbollah.", 4));
        Assert.Null(Apply("aside-after-other", "Iran's allies grow.", 4));
        Assert.Null(Apply("aside-after-other", "U.S. troops remain in Iraq.", 4));
    }

    [Theory]
    [InlineData("Russia: a strategic partner under the treaty.", false)]
    [InlineData("- **Japan**: a reciprocal access agreement.", false)]
    [InlineData("| Hamas | hosts its political office |", false)]
    [InlineData("Iran has armed Hezbollah since the 1980s.", true)]
    public void Only_a_sentence_fits(string text, bool fits)
    {
        Assert.Equal(fits, Rewordings.Fits(text));
    }

    [Fact]
    public void An_aside_follows_the_subjects_name_where_it_is_a_verbs_doer()
    {
        Assert.Equal("Iran, a key player in the region, has armed Hezbollah.", Apply("aside-after-subject", "Iran has armed Hezbollah.", 26, 4));
        Assert.Null(Apply("aside-after-subject", "Iran's allies grow.", subjectNameEnd: 4));
    }

    [Fact]
    public void A_hedge_goes_before_the_first_verb_of_a_tie_or_nowhere()
    {
        Assert.Equal("Sudan and Egypt reportedly signed a treaty.", Apply("hedge-before-verb", "Sudan and Egypt signed a treaty."));
        Assert.Null(Apply("hedge-before-verb", "Egypt is Sudan's partner."));
    }
}
