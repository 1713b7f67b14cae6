namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Nouns a demonym owns without an article, goods named before a verb's noun twin, appositives on states, and relative
/// clauses on parties the sentence does not name.
/// </summary>
public sealed class ProseOwnersAndGoodsTests
{
    [Theory]
    [InlineData("# Hezbollah\n\nIranian support for Hezbollah has grown.", "iran", "hezbollah")]
    [InlineData("# Zimbabwe\n\nThe rise of Chinese investment in Zimbabwe worries Western donors.", "china", "zimbabwe")]
    public void A_demonym_opening_a_phrase_owns_the_noun_after_it(string text, string owner, string other)
    {
        Assert.Contains(owner, BundledPipeline.PartnersOf(other, text));
    }

    [Fact]
    public void Goods_supplies_are_a_noun_not_a_verb()
    {
        var text = "# Slovakia\n\nSlovakia and Hungary, both buyers of Russian energy supplies, now face risks due to US sanctions on Russian oil companies.";

        var partners = BundledPipeline.PartnersOf("slovakia", text);

        Assert.DoesNotContain("united-states", partners);
        Assert.Contains("russia", partners);
    }

    [Theory]
    [InlineData("# Slovakia\n\nSlovakia, a close ally of Russia, voted against the plan.")]
    [InlineData("# Slovakia\n\nSlovakia and Hungary, both allies of Russia, voted against the plan.")]
    public void An_appositive_ally_of_a_state_is_said(string text)
    {
        Assert.Contains("russia", BundledPipeline.PartnersOf("slovakia", text));
    }

    [Fact]
    public void An_appositive_ally_of_a_person_still_ties_no_one()
    {
        var text = "# Ethiopia\n\nMulatu Teshome, a close ally of Prime Minister Abiy Ahmed, met Egypt's envoy.";

        Assert.DoesNotContain("egypt", BundledPipeline.PartnersOf("ethiopia", text));
    }

    [Fact]
    public void A_relative_clause_on_unnamed_parties_is_theirs()
    {
        var text = "# France pulls its army out of Africa\n\nFrance kept bases in the Sahel for a decade. This changed after power in these countries passed to military juntas that became closer to Russia.";

        Assert.DoesNotContain("russia", BundledPipeline.PartnersOf("france", text));
    }
}
