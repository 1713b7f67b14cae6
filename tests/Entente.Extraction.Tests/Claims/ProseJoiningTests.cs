namespace Entente.Extraction.Tests.Claims;

/// <summary>States that join, are joining or will join a bloc, and a bloc's members named in a relative ("BRICS, which includes").</summary>
public sealed class ProseJoiningTests
{
    [Fact]
    public void States_that_are_joining_or_will_join_a_bloc_are_its_members()
    {
        var text = "# The bloc grows\n\nEgypt and Ethiopia said they are joining the BRICS bloc this month. Indonesia will join BRICS in January.";

        var members = BundledPipeline.PartnersOf("brics", text);

        Assert.Contains("egypt", members);
        Assert.Contains("ethiopia", members);
        Assert.Contains("indonesia", members);
    }

    [Fact]
    public void A_state_invited_to_join_or_that_will_not_join_is_no_member()
    {
        var text = "# The bloc grows\n\nArgentina will not join BRICS. The bloc invited Thailand to join it.";

        var members = BundledPipeline.PartnersOf("brics", text);

        Assert.DoesNotContain("argentina", members);
        Assert.DoesNotContain("thailand", members);
    }

    [Fact]
    public void A_relative_on_a_bloc_names_its_members()
    {
        var text = "# A summit\n\nThe BRICS grouping, which includes Brazil, India and China, met in Kazan.";

        var members = BundledPipeline.PartnersOf("brics", text);

        Assert.Contains("brazil", members);
        Assert.Contains("india", members);
        Assert.Contains("china", members);
    }

    [Fact]
    public void Envoys_a_bloc_meeting_included_are_no_members()
    {
        var text = "# A summit\n\nThe ASEAN forum, which included diplomats from Japan and India, closed on Friday.";

        var members = BundledPipeline.PartnersOf("asean", text);

        Assert.DoesNotContain("japan", members);
        Assert.DoesNotContain("india", members);
    }

    [Fact]
    public void What_a_meeting_place_included_names_no_members()
    {
        var text = "# A summit\n\nThe statement closed the talks of ASEAN in Vientiane, which included Japan, India and Russia.";

        var members = BundledPipeline.PartnersOf("asean", text);

        Assert.DoesNotContain("japan", members);
        Assert.DoesNotContain("india", members);
    }
}
