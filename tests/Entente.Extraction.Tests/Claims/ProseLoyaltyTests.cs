namespace Entente.Extraction.Tests.Claims;

/// <summary>Loyalty pledged to a network is allegiance; a name ending a fronted "after …" clause does not join the doer's list.</summary>
public sealed class ProseLoyaltyTests
{
    [Fact]
    public void Pledging_loyalty_to_a_network_is_joining_it()
    {
        var text = "# Central Asian militants\n\nThe Islamic Movement of Uzbekistan pledged loyalty to the Islamic State in 2015.";

        Assert.Contains("islamic-movement-of-uzbekistan member_of islamic-state", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_name_ending_a_fronted_after_clause_is_not_a_doer()
    {
        var text = "# Central Asian militants\n\nIn 2015, after years of close ties with the Afghan Taliban, the Islamic Movement of Uzbekistan pledged allegiance to the Islamic State.";

        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains("islamic-movement-of-uzbekistan member_of islamic-state", asserted);
        Assert.DoesNotContain("taliban member_of islamic-state", asserted);
    }
}
