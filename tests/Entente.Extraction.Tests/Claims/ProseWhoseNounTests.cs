namespace Entente.Extraction.Tests.Claims;

/// <summary>Whose relation noun a sentence uses: an owner named after it with "of", or a possessor farther back than the noun's adjectives.</summary>
public sealed class ProseWhoseNounTests
{
    [Fact]
    public void Names_listed_after_another_actors_partner_noun_are_that_actors_partners()
    {
        var text = "# Cuba\n\nThe new payment cards already work in other partner countries of Russia, including Turkey and Vietnam.";

        var partners = BundledPipeline.PartnersOf("cuba", text);

        Assert.DoesNotContain("turkey", partners);
        Assert.DoesNotContain("vietnam", partners);
    }

    [Fact]
    public void A_possessor_owns_a_noun_after_a_coordinated_hyphenated_adjective()
    {
        var text = "# The ANC\n\nThe ANC's leader said that South Africa's solidarity and long-standing friendship with Cuba would last.";

        Assert.DoesNotContain("south-africa", BundledPipeline.PartnersOf("african-national-congress", text));
    }
}
