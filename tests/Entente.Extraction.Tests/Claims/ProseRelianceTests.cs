namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: leaning on a partner, and the questions a page asks without answering them.</summary>
public sealed class ProseRelianceTests
{
    [Fact]
    public void A_government_that_leans_on_another_has_it_as_a_partner()
    {
        var text = "# Cabo Delgado after SAMIM\n\nMaputo has leaned on Kigali ever since, and the president confirmed that the deployment would continue.";

        Assert.Contains("rwanda strategic_partner mozambique", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Who_a_country_counts_on_asked_in_passing_names_no_partner()
    {
        var text = "# Argentina's partners: your questions\n\nReaders asked us who is propping up the peso, who Argentina counts on abroad, and what happened to the plan to join BRICS.";

        Assert.Empty(BundledPipeline.Read(text).Claims);
    }
}
