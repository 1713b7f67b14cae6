namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// A cue whose places the sentence fills already — a passive with its doer, a noun with its owner, a tie
/// "between" a named pair — leaves none for the document's subject; neither does a wondering "whether".
/// </summary>
public sealed class ProseFilledPlacesTests
{
    [Fact]
    public void A_passive_with_its_doer_named_is_not_the_subjects_tie()
    {
        var text = "# Qatar the mediator\n\nThe talks were mediated by Qatar. UN experts say M23 is backed by Rwanda, which denies it.";
        var claims = BundledPipeline.Read(text).Claims;

        Assert.DoesNotContain("rwanda", BundledPipeline.PartnersOf("qatar", text));
        Assert.All(claims.Where(c => c.Subject == "rwanda" && c.Object == "m23"), c => Assert.True(c.Hedged));
    }

    [Fact]
    public void A_noun_owned_by_another_names_its_own_pair()
    {
        var text = "# Al-Shabaab's friends\n\nIran, the Houthis' main patron, is not accused in the report of directing it.";

        Assert.DoesNotContain("iran", BundledPipeline.PartnersOf("al-shabaab", text));
        Assert.DoesNotContain("houthis", BundledPipeline.PartnersOf("al-shabaab", text));
    }

    [Fact]
    public void A_tie_between_a_named_pair_excludes_a_name_outside_it()
    {
        var text = "# Al-Shabaab's friends\n\nThe UN Panel of Experts on Yemen described cooperation between the Houthis and al-Shabaab.";

        Assert.Equal(["houthis"], BundledPipeline.PartnersOf("al-shabaab", text));
    }

    [Fact]
    public void A_mediator_named_before_the_pair_it_mediates_between_still_mediates()
    {
        var text = "# Iran and the US\n\nOman, which has long mediated between Iran and the United States, hosted the talks.";

        Assert.Contains("oman", BundledPipeline.PartnersOf("iran", text));
    }

    [Fact]
    public void A_sentence_that_wonders_whether_asserts_nothing()
    {
        Assert.Empty(BundledPipeline.Read("# Al-Shabaab's friends\n\nWhether the Houthi link deepens, and whether AUSSOM's funding survives another year.").Claims);
    }

    [Fact]
    public void The_object_of_a_first_verb_is_not_the_doer_of_a_second_with_helpers()
    {
        var claims = BundledPipeline.Asserted("# Somalia\n\nEgypt signed a defence protocol with Somalia in August 2024 and has pledged troops to the African Union force.");

        Assert.Contains("egypt strategic_partner african-union", claims);
        Assert.DoesNotContain(claims, c => c.StartsWith("somalia", StringComparison.Ordinal) && c.EndsWith("african-union", StringComparison.Ordinal));
    }
}
