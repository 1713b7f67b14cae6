using Entente.Extraction.Claims;

namespace Entente.Extraction.Tests.Claims;

/// <summary>Counterparts a sentence leaves unnamed ("close relationships with countries that …") and the next one names ("These include …").</summary>
public sealed class ProseListedLaterTests
{
    private const string Nicaragua =
        "# Nicaragua\n\nNicaragua has formed close relationships with countries that share its views. These include China, Russia and Iran.";

    [Fact]
    public void Names_listed_after_an_unnamed_plural_partner_are_the_subjects_partners()
    {
        Assert.Equal(["china", "iran", "russia"], BundledPipeline.PartnersOf("nicaragua", Nicaragua));
    }

    [Fact]
    public void The_quote_reaches_back_over_the_sentence_that_made_the_tie()
    {
        var claim = BundledPipeline.Read(Nicaragua).Claims.First(c => c.Object == "china" || c.Subject == "china");

        Assert.True(claim.QuoteEnd - claim.QuoteStart > "These include China, Russia and Iran.".Length);
    }

    [Fact]
    public void Foes_listed_after_an_unnamed_plural_enemy_are_the_subjects_foes()
    {
        var text = "# Iran\n\nIran has many enemies in the region. They include Israel and Saudi Arabia.";

        Assert.Equal(["israel", "saudi-arabia"], BundledPipeline.AdversariesOf("iran", text));
    }

    [Fact]
    public void A_list_after_a_sentence_with_no_open_tie_ties_no_one()
    {
        var text = "# Nicaragua\n\nNicaragua held elections in countries' embassies abroad. These include China, Russia and Iran.";

        Assert.Empty(BundledPipeline.PartnersOf("nicaragua", text));
    }

    [Fact]
    public void A_sentence_after_the_open_tie_that_lists_no_one_ties_no_one()
    {
        var text = "# Nicaragua\n\nNicaragua has formed close relationships with countries that share its views. They are wary of Washington.";

        Assert.Empty(BundledPipeline.PartnersOf("nicaragua", text));
    }
}
