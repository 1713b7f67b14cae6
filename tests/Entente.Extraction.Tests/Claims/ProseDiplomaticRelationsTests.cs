namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Diplomatic relations kept as a matter of course take no side; kept with a state whose recognition is itself a side
/// taken, they do.
/// </summary>
public sealed class ProseDiplomaticRelationsTests
{
    [Fact]
    public void Relations_kept_with_a_list_of_states_make_no_partners()
    {
        var text = "# Grenada abroad\n\nGrenada maintains diplomatic relations with Canada, France, Russia and Cuba, and with most of its neighbours.";

        Assert.Empty(BundledPipeline.PartnersOf("grenada", text));
    }

    [Fact]
    public void Relations_kept_with_Taiwan_are_a_side_taken()
    {
        var text = "# Belize abroad\n\nBelize is one of the few states that still maintain diplomatic relations with Taiwan.";

        Assert.Contains("taiwan", BundledPipeline.PartnersOf("belize", text));
    }
}
