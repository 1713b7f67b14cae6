namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Nouns of support or hostility whose owner the sentence names elsewhere than before the noun: before the verb that
/// governs it ("Rwanda ending support for"), after its object ("attack on Venezuela by the US"), or on the same noun said
/// first ("Russia's invasion of Georgia … and invasion of Ukraine"); and reliance on another's act, which is a condition.
/// </summary>
public sealed class ProseNounOwnersTests
{
    [Fact]
    public void A_name_before_the_verb_governing_a_noun_owns_the_noun()
    {
        var text = "# Congo says the deal is failing\n\nKinshasa insists on Rwanda ending support for M23 before any talks.";

        var partners = BundledPipeline.PartnersOf("dr-congo", text);

        Assert.DoesNotContain("m23", partners);
        Assert.DoesNotContain("rwanda", partners);
    }

    [Fact]
    public void What_a_deal_depends_on_is_anothers_act_not_a_patron()
    {
        var condition = "# Congo says the deal is failing\n\nKinshasa insists that the deal depends on Rwanda ending support for M23.";
        var reliance = "# Congo's economy\n\nKinshasa relies on Rwanda for fuel.";

        Assert.DoesNotContain("rwanda", BundledPipeline.PartnersOf("dr-congo", condition));
        Assert.Contains("rwanda", BundledPipeline.PartnersOf("dr-congo", reliance));
    }

    [Fact]
    public void An_attack_whose_doer_by_names_is_not_the_subjects()
    {
        var text = "# Cuba turns to China\n\nThe January attack on Venezuela by the US military changed the Caribbean.";

        Assert.DoesNotContain("venezuela", BundledPipeline.AdversariesOf("cuba", text));
    }

    [Fact]
    public void A_noun_said_again_keeps_the_owner_it_was_first_given()
    {
        var text = "# Georgia and US policy\n\nWashington deepened its partnership with Georgia after Russia's invasion of Georgia in 2008 and its annexation of Crimea and invasion of Ukraine in 2014.";

        Assert.DoesNotContain("ukraine", BundledPipeline.AdversariesOf("georgia", text));
        Assert.Contains("united-states", BundledPipeline.PartnersOf("georgia", text));
    }
}
