namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Real prose that names an attack as an event (a date, one whose doer comes after it, one only feared), a state two others
/// are in ("in a standoff with"), and places on the map that only look like the objects of a tie: "close to the border", a
/// base that was overrun.
/// </summary>
public sealed class ProseEventsAndPlacesTests
{
    [Theory]
    [InlineData("# Malta\n\nAfter the full-scale invasion of Ukraine, Malta joined the sanctions of the EU.")]
    [InlineData("# Malta\n\nMalta has kept its neutrality since the invasion of Ukraine in 2022.")]
    [InlineData("# Malta\n\nThe vote showed how far the invasion of Ukraine ordered by Vladimir Putin has changed Malta.")]
    public void An_attack_named_as_a_date_or_with_its_doer_after_it_is_not_the_subjects(string text)
    {
        Assert.DoesNotContain("ukraine", BundledPipeline.AdversariesOf("malta", text));
    }

    [Fact]
    public void The_subject_still_wages_an_invasion_it_launched()
    {
        Assert.Contains("ukraine", BundledPipeline.AdversariesOf("russia", "# Russia\n\nRussia launched the invasion of Ukraine in February 2022."));
    }

    [Fact]
    public void Attacks_close_to_the_border_make_no_partner_of_the_neighbour()
    {
        var text = "# Portugal\n\nPortugal trains soldiers of Mozambique. Militants have raided villages close to the border with Tanzania since 2017.";

        Assert.Equal(["mozambique"], BundledPipeline.PartnersOf("portugal", text));
    }

    [Fact]
    public void An_overrun_base_is_no_presence_of_its_attacker()
    {
        var text = "# ISWAP\n\nIn March, ISWAP overran an army base in Monguno near the Niger border and seized weapons.";

        Assert.DoesNotContain("niger", BundledPipeline.PartnersOf("iswap", text));
    }

    [Fact]
    public void A_base_kept_in_a_country_is_still_a_presence()
    {
        Assert.Contains("djibouti", BundledPipeline.PartnersOf("japan", "# Japan\n\nJapan keeps its only overseas base in Djibouti."));
    }

    [Theory]
    [InlineData("# Austria\n\nAustria says EU in standoff with Russia.")]
    [InlineData("# Austria\n\nAustria says the EU is locked in a standoff with Russia.")]
    public void Who_is_in_a_standoff_has_it_not_the_one_who_says_so(string text)
    {
        Assert.Contains("eu rival russia", BundledPipeline.Asserted(text));
        Assert.DoesNotContain("russia", BundledPipeline.AdversariesOf("austria", text));
    }

    [Theory]
    [InlineData("# Austria\n\nDespite officials warning of potential military conflict with Russia, Austria kept its course.")]
    [InlineData("# Austria\n\nAustria fears the risk of war with Russia.")]
    public void A_conflict_only_feared_makes_no_foe(string text)
    {
        Assert.DoesNotContain("russia", BundledPipeline.AdversariesOf("austria", text));
    }
}
