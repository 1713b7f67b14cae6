namespace Entente.Extraction.Tests.Claims;

/// <summary>A network's affiliates belong to it; "close to" before a gerund nears an act, not an actor.</summary>
public sealed class ProseAffiliatesTests
{
    [Fact]
    public void An_affiliate_named_in_apposition_belongs_to_the_network()
    {
        var text = "# The jihadist franchise\n\nAl-Qaeda has outlived its founders. One of al-Qaeda's Sahel affiliates, JNIM, now besieges towns across Mali.";

        Assert.Contains("jnim member_of al-qaeda", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Another_affiliate_between_dashes_is_the_subjects()
    {
        var text = "# The jihadist franchise\n\nAl-Qaeda has outlived its founders. Al Shabaab — another durable al-Qaeda affiliate — still holds much of rural Somalia.";

        Assert.Contains("al-shabaab", BundledPipeline.PartnersOf("al-qaeda", text));
    }

    [Fact]
    public void Close_to_taking_a_capital_ties_no_one_to_it()
    {
        var text = "# The Sahel war\n\nJNIM is close to taking Bamako, officials fear.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), line => line.Contains("mali", StringComparison.Ordinal));
    }
}
