namespace Entente.Extraction.Tests.Claims;

/// <summary>Names near a cue that are no counterpart: members listed in a relative clause on an appositive, a target, a place on the map.</summary>
public sealed class ProseTargetsAndPlacesTests
{
    [Fact]
    public void Members_named_in_a_that_clause_on_an_appositive_are_out_of_the_cues_reach()
    {
        var text = "# Egypt's bid\n\nMr. Sisi is also seeking concrete support for Egypt's membership of BRICS, "
            + "an economic bloc that includes China and Russia, as well as Brazil, India and South Africa.";

        Assert.DoesNotContain(BundledPipeline.PartnersOf("egypt", text), p => p is "china" or "russia" or "brazil" or "india" or "south-africa");
    }

    [Fact]
    public void The_one_a_proxy_serves_to_challenge_is_no_partner()
    {
        var text = "# Nicaragua's place\n\nFor Russia, Nicaragua represents a handy proxy in challenging U.S. influence.";

        var partners = BundledPipeline.PartnersOf("nicaragua", text);
        Assert.Contains("russia", partners);
        Assert.DoesNotContain("united-states", partners);
    }

    [Fact]
    public void Nearness_to_a_countrys_shores_is_geography()
    {
        var text = "# Cuba's place\n\nWithin this bloc, Cuba acts as a strategic outpost in the Caribbean. Russia keeps security ties "
            + "and possible listening posts on the island to project power close to U.S. shores, while China widens its footprint.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Object == "united-states" || c.Subject == "united-states");
    }
}
