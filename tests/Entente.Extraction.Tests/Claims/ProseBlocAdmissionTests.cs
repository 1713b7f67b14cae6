namespace Entente.Extraction.Tests.Claims;

/// <summary>Members a bloc piece names in passing: in a dashed aside, as admitted, or as the last to join.</summary>
public sealed class ProseBlocAdmissionTests
{
    // The bare "Commonwealth" names the association only where the document names it in full too.
    private const string Title = "# Gabon, Togo join Commonwealth at Kigali summit\n\nThe Commonwealth of Nations met in Kigali. ";

    [Fact]
    public void A_member_named_in_a_dashed_aside_is_a_member()
    {
        var text = Title + "Togo is bordered by Ghana – a Commonwealth member – and Benin.";

        Assert.Contains("ghana member_of commonwealth", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void States_a_bloc_admitted_as_members_are_members()
    {
        var text = Title + "The Commonwealth has admitted Gabon and Togo as its 55th and 56th members respectively.";

        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains("gabon member_of commonwealth", asserted);
        Assert.Contains("togo member_of commonwealth", asserted);
    }

    [Fact]
    public void Admitting_without_membership_makes_no_member()
    {
        var text = Title + "The Commonwealth has admitted Gabon and Togo as observers.";

        Assert.DoesNotContain("gabon member_of commonwealth", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void The_last_country_to_join_a_bloc_joined_it()
    {
        var text = Title + "Rwanda was the last country to join the Commonwealth, in 2009.";

        Assert.Contains("rwanda member_of commonwealth", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void The_next_country_to_join_has_not_joined()
    {
        var text = Title + "Kenya wants to be the next country to join the Commonwealth.";

        Assert.DoesNotContain("kenya member_of commonwealth", BundledPipeline.Asserted(text));
    }
}
