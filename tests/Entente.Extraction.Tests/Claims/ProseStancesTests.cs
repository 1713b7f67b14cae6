namespace Entente.Extraction.Tests.Claims;

/// <summary>A "pro-" stance belongs to whoever holds it: the possessor, or the one the clause says is or takes it; never the next one named.</summary>
public sealed class ProseStancesTests
{
    private const string Title = "# Malaysia's balancing act\n\nMalaysia is a founding member of ASEAN. ";

    [Theory]
    [InlineData("Malaysia's pro-China stance worries Canberra.")]
    [InlineData("Malaysia took a pro-China stance on the sea dispute.")]
    [InlineData("Malaysia is seen as pro-China, analysts say.")]
    public void A_pro_stance_is_its_holders(string sentence)
    {
        Assert.Contains("china", BundledPipeline.PartnersOf("malaysia", Title + sentence));
    }

    [Fact]
    public void A_stance_ties_no_one_named_after_it()
    {
        var claims = BundledPipeline.Asserted(Title + "Malaysia's pro-China stance worries Canberra.");

        Assert.DoesNotContain(claims, l => l.Contains("australia", StringComparison.Ordinal));
    }
}
