namespace Entente.Extraction.Tests.Claims;

/// <summary>Names that belong to another pair's clause are not the subject's counterparts.</summary>
public sealed class ProseOtherPairsTests
{
    [Fact]
    public void A_name_in_a_relative_clause_on_the_counterpart_is_not_a_counterpart()
    {
        var text = "# Skopje's long road\n\nFor years North Macedonia was held back by a bitter dispute with Greece, which blocked its hopes of joining NATO and the EU.";

        var adversaries = BundledPipeline.AdversariesOf("north-macedonia", text);

        Assert.Contains("greece", adversaries);
        Assert.DoesNotContain("nato", adversaries);
        Assert.DoesNotContain("eu", adversaries);
    }
}
