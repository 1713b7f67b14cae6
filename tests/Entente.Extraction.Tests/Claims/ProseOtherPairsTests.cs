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

    [Fact]
    public void A_long_between_pair_with_its_leaders_named_is_theirs()
    {
        var text = "# IGAD sets a deadline\n\nIGAD gave the warring parties two weeks. The war between the Sudanese Armed Forces (SAF) under Abdel Fattah al-Burhan and the Rapid Support Forces (RSF) under Mohamed Hamdan Dagalo began in April 2023.";

        Assert.DoesNotContain("sudanese-armed-forces", BundledPipeline.AdversariesOf("igad", text));
    }

    [Fact]
    public void A_hyphened_modifier_keeps_the_possessor_as_the_doer()
    {
        var text = "# The OSCE in Ukraine\n\nAfter Russia's full-scale invasion of Ukraine, the OSCE closed its monitoring mission.";

        Assert.DoesNotContain("ukraine", BundledPipeline.AdversariesOf("osce", text));
    }
}
