namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// States named by their government or leader inside a list, acts whose doer is only described ("those
/// collaborating with"), obligations not yet met ("would require Serbia to … recognise"), and close links
/// stated with an adverb ("closely linked to").
/// </summary>
public sealed class ProseRulersAndObligationsTests
{
    [Fact]
    public void A_state_named_by_its_government_or_leader_stays_in_the_list()
    {
        var governments = "# Brazil's balancing act\n\nBrasília keeps warm ties with both the Venezuelan government and the Guyanese government.";
        var leaders = "# Brazil's balancing act\n\nLula keeps warm ties with both the Venezuelan leader Nicolás Maduro and the Guyanese President Irfaan Ali.";

        Assert.Contains("guyana", BundledPipeline.PartnersOf("brazil", governments));
        Assert.Contains("venezuela", BundledPipeline.PartnersOf("brazil", governments));
        Assert.Contains("guyana", BundledPipeline.PartnersOf("brazil", leaders));
    }

    [Fact]
    public void An_act_of_whoever_fits_a_description_ties_no_one_named()
    {
        var participle = "# Mali's junta warns its neighbours\n\nThe junta in Bamako warned those collaborating with ECOWAS that they would pay a price.";
        var relative = "# Mali's junta warns its neighbours\n\nThe junta in Bamako warned anyone who cooperates with France.";
        var named = "# Mali's junta\n\nThe junta in Bamako is collaborating with Russia.";

        Assert.DoesNotContain("ecowas", BundledPipeline.PartnersOf("mali", participle));
        Assert.DoesNotContain("france", BundledPipeline.PartnersOf("mali", relative));
        Assert.Contains("russia", BundledPipeline.PartnersOf("mali", named));
    }

    [Fact]
    public void What_a_plan_would_require_has_not_been_done()
    {
        var required = "# Kosovo and the EU plan\n\nThe plan would require Serbia to recognise Kosovo's independence.";
        var joined = "# Kosovo and the EU plan\n\nThe plan would require Serbia to normalise relations and, in the longer run, to recognise Kosovo's independence.";
        var urged = "# Kosovo and the EU plan\n\nBrussels urged Serbia to back Kosovo's membership bid.";
        var done = "# Kosovo and the EU plan\n\nSerbia agreed to normalise relations and, in the longer run, to recognise Kosovo's independence.";

        Assert.DoesNotContain("serbia", BundledPipeline.PartnersOf("kosovo", required));
        Assert.DoesNotContain("serbia", BundledPipeline.PartnersOf("kosovo", joined));
        Assert.DoesNotContain("serbia", BundledPipeline.PartnersOf("kosovo", urged));
        Assert.Contains("serbia", BundledPipeline.PartnersOf("kosovo", done));
    }

    [Fact]
    public void Closely_linked_names_a_partner()
    {
        var text = "# Kataib Hezbollah profile\n\nThe militia is closely linked to the IRGC and the Houthis.";

        Assert.Contains("irgc", BundledPipeline.PartnersOf("kataib-hezbollah", text));
        Assert.Contains("houthis", BundledPipeline.PartnersOf("kataib-hezbollah", text));
    }
}
