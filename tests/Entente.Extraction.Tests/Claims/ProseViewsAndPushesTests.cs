namespace Entente.Extraction.Tests.Claims;

/// <summary>Cues that move, count, view or attempt: a state sent closer to another, allies counted against another's, one who only sees a tie, a demonym's attempt.</summary>
public sealed class ProseViewsAndPushesTests
{
    [Fact]
    public void Sending_a_state_closer_to_another_supplies_it_nothing()
    {
        var text = "# Tougher US Sanctions Sending Nicaragua Closer to Russia & China, Moscow Envoy Says\n\nNicaragua’s ties with Russia and China have deepened in recent years as US sanctions squeeze its trade.";

        Assert.DoesNotContain("united-states", BundledPipeline.PartnersOf("nicaragua", text));
        Assert.Contains("china", BundledPipeline.PartnersOf("nicaragua", text));
    }

    [Fact]
    public void Allies_counted_against_anothers_tie_no_one()
    {
        var text = "# Brasília's choice\n\nBrazil could win far more allies in Africa than Russia and India if it keeps this course.";

        var partners = BundledPipeline.PartnersOf("brazil", text);

        Assert.DoesNotContain("russia", partners);
        Assert.DoesNotContain("india", partners);
    }

    [Fact]
    public void Fighting_for_a_thing_is_a_contest_not_a_side()
    {
        var text = "# Rivals in the Pacific\n\nAustralia watches China and the United States, which are fighting for regional influence.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("united-states", text));
        Assert.Contains("mpla", BundledPipeline.PartnersOf("cuba", "# Havana in Angola\n\nCuban troops fought for the MPLA for years."));
    }

    [Fact]
    public void One_who_sees_a_state_as_close_to_others_is_no_party()
    {
        var text = "# Pretoria and Washington\n\nThe row is the latest between Washington and Pretoria, which the US sees as too close to Russia and Iran.";

        var partners = BundledPipeline.PartnersOf("south-africa", text);

        Assert.Contains("russia", partners);
        Assert.Contains("iran", partners);
        Assert.DoesNotContain("russia", BundledPipeline.PartnersOf("united-states", text.Replace("# Pretoria and Washington", "# Washington's worries")));
    }

    [Fact]
    public void A_demonyms_attempt_is_that_states_act()
    {
        var onMoldova = "# Chisinau and Bucharest\n\nIohannis met Sandu in Chisinau. He condemned any Russian attempts to destabilize the country.";
        var onUkraine = "# Kyiv's border\n\nUkraine faces Russian efforts to destabilize Moldova.";

        Assert.DoesNotContain("romania", BundledPipeline.AdversariesOf("moldova", onMoldova));
        Assert.DoesNotContain("moldova", BundledPipeline.AdversariesOf("ukraine", onUkraine));
        Assert.Contains("moldova", BundledPipeline.AdversariesOf("russia", onUkraine));
    }

    [Fact]
    public void An_alliance_made_to_counterbalance_someone_makes_it_a_foe()
    {
        var text = "# Tokyo's new pact\n\nJapan formed an alliance to counterbalance China.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("japan", text));
    }
}
