namespace Entente.Extraction.Tests.Claims;

/// <summary>The UN and other bodies as forums and reporters: where help is given or who documented a tie is no party to it.</summary>
public sealed class ProseForumTests
{
    [Fact]
    public void A_forum_after_at_the_is_where_the_shield_is_held_not_who_holds_it()
    {
        var text = "# Iran\n\nChina: Iran's biggest oil buyer and a diplomatic shield at the U.N. Security Council, tied to Tehran by a long cooperation pact.";

        Assert.Equal(["iran economic_partner china"], BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Whom_a_state_protects_at_the_UN_is_the_one_it_protects()
    {
        var text = "# Myanmar\n\nRussia, which sells the army jets, has protected it at the United Nations since the coup.";

        Assert.Equal(["russia"], BundledPipeline.PartnersOf("myanmar", text));
    }

    [Fact]
    public void Supporting_a_cause_at_the_UN_is_no_tie_with_the_UN()
    {
        var text = "# Indonesia\n\nIndonesia is among the strongest supporters of Palestinian statehood at the United Nations.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), l => l.Contains("united-nations", StringComparison.Ordinal));
    }

    [Fact]
    public void A_blocs_summit_after_at_the_still_gathers_its_members()
    {
        var text = "# Greece\n\nAt the NATO summit in Vilnius, Greece was the ally that pledged the most.";

        Assert.Contains("nato", BundledPipeline.PartnersOf("greece", text));
    }

    [Fact]
    public void A_target_after_at_the_is_still_the_target_of_fire()
    {
        var text = "# Israel\n\nIsrael fired missiles at the Houthis after the drone strike on Tel Aviv.";

        Assert.Equal(["houthis"], BundledPipeline.AdversariesOf("israel", text));
    }

    [Fact]
    public void Investigators_who_documented_a_tie_are_no_party_to_it()
    {
        var text = "# Houthis\n\nWestern officials say the group depends on Iranian technology, and a U.N. panel of experts has documented Iranian-made parts in seized weapons.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), l => l.Contains("united-nations", StringComparison.Ordinal));
    }
}
