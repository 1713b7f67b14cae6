using Entente.Extraction.Claims;

namespace Entente.Extraction.Tests.Claims;

/// <summary>"also" is left out of a unit's words, so no reader has to step over it.</summary>
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
    [InlineData("# Guatemala\n\nThe United States is also its largest trading partner and the source of most remittances.", "united-states")]
    [InlineData("# Hamas\n\nQatar, together with Egypt, has also mediated every round of talks since 2023.", "qatar")]
    public void A_tie_with_also_inside_it_is_read_as_without(string text, string partner)
    {
        var subject = text[2..text.IndexOf('\n')].ToLowerInvariant();

        Assert.Contains(partner, BundledPipeline.PartnersOf(subject, text));
    }
}
