namespace Entente.Extraction.Tests.Claims;

/// <summary>A transfer named as a noun ("the supply of rockets by the IRGC to the Houthis"): the giver backs the receiver.</summary>
public sealed class TransferTests
{
    [Fact]
    public void A_supply_by_a_state_unit_to_an_armed_group_makes_a_proxy()
    {
        var text = "# The Houthis\n\nWe have documented the supply of rockets by the Islamic Revolutionary Guards Corps (IRGC) to Yemen's Houthi militias.";

        Assert.Contains("irgc proxy houthis", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Shipments_from_one_state_to_another_tie_those_two_and_not_the_subject()
    {
        var text = "# Ukraine at war\n\nShipments of drones from Iran to Russia have grown, and the sale of shells from North Korea to Russia continues.";
        var claims = BundledPipeline.Asserted(text);

        Assert.Contains("iran strategic_partner russia", claims);
        Assert.Contains("north-korea strategic_partner russia", claims);
        Assert.Empty(BundledPipeline.PartnersOf("ukraine", text));
    }

    [Fact]
    public void A_transfer_without_a_receiver_ties_no_one()
    {
        var text = "# Ukraine at war\n\nThe supply of drones by Iran has grown.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Rule.StartsWith("transfer", StringComparison.Ordinal));
    }
}
