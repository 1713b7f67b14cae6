namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Ties that a sentence about the subject does not make: help others are called on to give, support for an aim rather than
/// for anyone, and cooperation against a foe the sentence describes instead of naming.
/// </summary>
public sealed class ProseAimsAndRequestsTests
{
    [Fact]
    public void Those_called_on_in_a_listed_aside_give_nothing_yet()
    {
        var text = "# The bloc winds up its mission\n\nThe Southern African Development Community closed its mission in the east of the Congo. "
            + "Its leaders also called on the wider world, including the World Bank and the African Union, to provide food aid to the displaced.";

        var partners = BundledPipeline.PartnersOf("sadc", text);

        Assert.DoesNotContain("world-bank", partners);
        Assert.DoesNotContain("african-union", partners);
    }

    [Fact]
    public void Support_for_an_aim_is_no_support_for_the_subject()
    {
        var text = "# EU weighs sanctions on Turkey\n\nThe European Union is preparing measures over drilling at sea. "
            + "Envoy Kaya said that Turkey supported dialogue and calm in the region.";

        Assert.DoesNotContain("turkey", BundledPipeline.PartnersOf("eu", text));
    }

    [Fact]
    public void Support_for_a_named_actor_still_counts()
    {
        var text = "# Brussels and Kyiv\n\nThe European Union met in Brussels. Poland supported the European Union in the talks.";

        Assert.Contains("poland", BundledPipeline.PartnersOf("eu", text));
    }

    [Fact]
    public void Cooperation_against_a_described_foe_is_no_tie_with_the_actor_named_before()
    {
        var text = "# Yaounde's long war\n\nThis paper recounts Boko Haram raids in Cameroon and the story of regional cooperation against the jihadist sect since 2014.";

        Assert.DoesNotContain("boko-haram", BundledPipeline.PartnersOf("cameroon", text));
    }

    [Fact]
    public void An_owned_partner_against_a_described_foe_stays_a_partner()
    {
        var text = "# Abuja's neighbours\n\nNiger was, until the coup, Nigeria's closest partner against the jihadists on the border.";

        Assert.Contains("niger", BundledPipeline.PartnersOf("nigeria", text));
    }

    [Fact]
    public void An_adverb_before_the_comma_opens_the_sentence_as_a_phrase_does()
    {
        var text = "# Brussels and the drilling row\n\nThe European Union met in Brussels. "
            + "Once again, EU leaders told Turkey to halt its latest survey, stressing their full solidarity with Greece and Cyprus.";

        var partners = BundledPipeline.PartnersOf("eu", text);

        Assert.Contains("greece", partners);
        Assert.Contains("cyprus", partners);
    }
}
