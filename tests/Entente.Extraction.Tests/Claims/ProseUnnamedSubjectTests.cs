namespace Entente.Extraction.Tests.Claims;

/// <summary>Sentences that leave the subject unnamed: each cue's nearest actor, and those a cue names as no party.</summary>
public sealed class ProseUnnamedSubjectTests
{
    [Fact]
    public void Each_cue_of_the_sentence_has_its_own_nearest_counterpart()
    {
        var text = "# Axis of Resistance\n\nThe interests of the axis members are regional in scope, aligning with Iran (one of the most influential powers in the Middle East) in opposition to Israel and Saudi Arabia.";

        var foes = BundledPipeline.AdversariesOf("axis-of-resistance", text);

        Assert.Contains("israel", foes);
        Assert.Contains("saudi-arabia", foes);
    }

    [Fact]
    public void A_citys_port_is_where_a_strike_fell()
    {
        var claims = BundledPipeline.Asserted("# The Houthis\n\nIsrael, which bombed Sanaa's port, remains its main target, and the movement still calls the United States an enemy.");

        Assert.DoesNotContain("houthis adversary yemen", claims);
    }

    [Fact]
    public void What_a_rivalry_is_over_is_no_party_to_it()
    {
        var text = "# Turkey's alignments\n\nGreece: a NATO ally, but still a rival over the Aegean, Cyprus and maritime boundaries.";

        Assert.DoesNotContain("cyprus", BundledPipeline.AdversariesOf("turkey", text));
    }

    [Fact]
    public void Joint_operations_by_unnamed_parties_make_the_one_named_no_partner()
    {
        var text = "# The M23\n\nRwanda has long been angered by the presence of Hutu rebels, known as the FDLR, in eastern DR Congo – joint operations in the past have failed to eliminate them.";

        Assert.DoesNotContain("fdlr", BundledPipeline.PartnersOf("m23", text));
    }

    [Fact]
    public void Protection_from_a_groups_predations_makes_it_no_protector()
    {
        var text = "# The CNDP\n\nIts agenda included demands for protection from the predations of the Democratic Forces for the Liberation of Rwanda (FDLR).";

        Assert.DoesNotContain("fdlr", BundledPipeline.PartnersOf("cndp", text));
    }

    [Fact]
    public void Protection_from_a_state_is_still_protection()
    {
        var text = "# The CNDP\n\nThe CNDP received protection from Rwanda.";

        Assert.Contains("rwanda", BundledPipeline.PartnersOf("cndp", text));
    }
}
