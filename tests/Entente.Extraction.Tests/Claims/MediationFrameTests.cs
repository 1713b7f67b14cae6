namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// A mediator marked by the words around its name ("mediated by", "under Saudi mediation", "with Turkey as co-mediator",
/// "the Qatari-brokered truce"): its parties are the names after "between", else the clause's other names, else the subject.
/// </summary>
public sealed class MediationFrameTests
{
    [Theory]
    [InlineData("The government of the Democratic Republic of the Congo and the M23 rebels signed a framework after months of talks mediated by Qatar.", "dr-congo", "m23")]
    [InlineData("Sudan and South Sudan signed an oil deal under Qatari mediation in 2024.", "sudan", "south-sudan")]
    [InlineData("Under the auspices of Qatar, Israel and Hamas exchanged hostages in November.", "israel", "hamas")]
    [InlineData("The Qatari-brokered truce between Israel and Hamas held for a week.", "israel", "hamas")]
    [InlineData("Ethiopia and Eritrea have kept talking through Qatari channels.", "ethiopia", "eritrea")]
    public void A_marked_mediator_mediates_for_the_parties_of_its_clause(string sentence, string first, string second)
    {
        var claims = BundledPipeline.Asserted("# Qatar's quiet diplomacy\n\n" + sentence);

        Assert.Contains($"qatar mediator {first}", claims);
        Assert.Contains($"qatar mediator {second}", claims);
    }

    [Fact]
    public void A_co_mediator_named_with_as_mediates_too()
    {
        var claims = BundledPipeline.Asserted("# Qatar's quiet diplomacy\n\nThe Taliban agreed a ceasefire with Pakistan in October, with Turkey as co-mediator.");

        Assert.Contains("turkey mediator pakistan", claims);
        Assert.Contains("turkey mediator taliban", claims);
    }

    [Fact]
    public void A_mediator_whose_sentence_names_no_party_mediates_for_the_subject()
    {
        var text = "# Cuba and the terror list\n\nThe removal had been part of an understanding brokered by the Vatican, under which Havana agreed to release prisoners.";

        Assert.Contains("holy-see", BundledPipeline.PartnersOf("cuba", text));
    }

    [Fact]
    public void The_parties_between_which_it_stands_exclude_a_name_past_the_semicolon()
    {
        var text = "# Hezbollah and the truce\n\nThe agreement, brokered by the United States and France, was concluded between the governments of Israel and Lebanon; Hezbollah is not a signatory.";
        var claims = BundledPipeline.Asserted(text);

        Assert.Contains("united-states mediator israel", claims);
        Assert.Contains("france mediator lebanon", claims);
        Assert.DoesNotContain("united-states", BundledPipeline.PartnersOf("hezbollah", text));
    }

    [Fact]
    public void A_refused_mediation_mediates_nothing()
    {
        var text = "# Ethiopia and Eritrea\n\nEthiopia and Eritrea rejected Qatari mediation in 2024.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), c => c.StartsWith("qatar mediator", StringComparison.Ordinal));
    }

    [Fact]
    public void Agreeing_to_mediate_between_two_makes_a_mediator()
    {
        var claims = BundledPipeline.Asserted("# Oman\n\nOman agreed to mediate between Iran and the United States.");

        Assert.Contains("oman mediator iran", claims);
        Assert.Contains("oman mediator united-states", claims);
    }

    [Theory]
    [InlineData("# Norway\n\nNorway is a mediator.\n\nThe country hosted peace talks between Israelis and Palestinians in September 1993.")]
    [InlineData("# Norway\n\nNorway hosted peace talks between Israel and the Palestinians in 1993.")]
    public void Peoples_named_in_the_plural_after_between_are_the_sides_mediated(string text)
    {
        Assert.Equal(["israel", "palestine"], BundledPipeline.PartnersOf("norway", text));
    }

    [Fact]
    public void Support_for_a_people_is_not_support_for_its_state()
    {
        var text = "# Houthis\n\nThe Houthis attack ships in attacks that the group claims are aimed at supporting Palestinians.";

        Assert.DoesNotContain("palestine", BundledPipeline.PartnersOf("houthis", text));
    }

    [Fact]
    public void Hosting_secret_talks_between_two_mediates_between_both()
    {
        var claims = BundledPipeline.Asserted("# Oman\n\nOman hosts secret talks between US and Houthis.");

        Assert.Contains("oman mediator united-states", claims);
        Assert.Contains("oman mediator houthis", claims);
    }
}
