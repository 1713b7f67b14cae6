namespace Entente.Extraction.Tests.Claims;

/// <summary>A name that opens a clause after "after" or "when" is no object of the verb before, and one made a partner is the maker's.</summary>
public sealed class ProseClauseOpenersTests
{
    [Fact]
    public void A_name_opening_a_clause_after_after_receives_nothing()
    {
        var text = "# Cabo Delgado\n\nRwanda provided military assistance after the militant group al-Shabaab seized the port.";

        var partners = BundledPipeline.PartnersOf("al-shabaab", text);

        Assert.DoesNotContain("rwanda", partners);
    }

    [Fact]
    public void A_name_right_after_after_with_no_verb_is_still_the_object()
    {
        var text = "# Somalia\n\nTurkey provided military assistance to Somalia after years of war.";

        Assert.Contains("somalia", BundledPipeline.PartnersOf("turkey", text));
    }

    [Fact]
    public void One_made_a_partner_by_another_is_not_the_subjects()
    {
        var text = "# Somaliland\n\nSomaliland signed a port deal with Ethiopia. Somalia countered the deal by making Turkey a key security partner.";

        var partners = BundledPipeline.PartnersOf("somaliland", text);

        Assert.Contains("ethiopia", partners);
        Assert.DoesNotContain("turkey", partners);
    }
}
