namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Tensions, border conflicts and wars in the plural are hostile; a hostile cue whose place another fills is that other's;
/// a passive keeps its direction with an adverb or a quotation between "is" and the verb.
/// </summary>
public sealed class ProseTensionsTests
{
    [Theory]
    [InlineData("# The Houthis\n\nThe Houthis entered a brief border conflict with Saudi Arabia.", "houthis", "saudi-arabia")]
    [InlineData("# Greece\n\nAthens has lived through years of high tensions with Turkey.", "greece", "turkey")]
    [InlineData("# Al-Shabaab\n\nThe group has waged guerrilla wars against Kenya for a decade.", "al-shabaab", "kenya")]
    public void A_hostile_noun_after_a_doer_makes_a_foe(string text, string subject, string foe)
    {
        Assert.Contains(foe, BundledPipeline.AdversariesOf(subject, text));
        Assert.DoesNotContain(foe, BundledPipeline.PartnersOf(subject, text));
    }

    [Fact]
    public void A_cue_filled_by_the_name_after_it_is_not_given_to_a_name_before_it()
    {
        var text = "# Greece\n\nGreece expanded a defense agreement with the United States days after ratifying a separate deal with France during a maritime standoff with Turkey.";

        Assert.Contains("turkey", BundledPipeline.AdversariesOf("greece", text));
        Assert.DoesNotContain("france", BundledPipeline.AdversariesOf("greece", text));
    }

    [Theory]
    [InlineData("Asaib Ahl al-Haq is \"extensively funded and trained\" by the Quds Force.")]
    [InlineData("Asaib Ahl al-Haq is extensively funded and trained by the Quds Force.")]
    public void A_passive_with_an_adverb_or_a_quotation_before_its_verb_keeps_its_direction(string sentence)
    {
        var claims = BundledPipeline.Read($"# Asaib Ahl al-Haq\n\n{sentence}").Claims;

        Assert.Contains(claims, c => c.Subject == "quds-force" && c.Object == "asaib-ahl-al-haq");
        Assert.DoesNotContain(claims, c => c.Subject == "asaib-ahl-al-haq" && c.Object == "quds-force");
    }
}
