namespace Entente.Extraction.Tests.Claims;

/// <summary>"the Saudi-led coalition": a bloc named by its leader is the bloc, its leader belongs to it, and the leader is no party besides.</summary>
public sealed class ProseLedBlocTests
{
    [Fact]
    public void The_leader_named_in_a_blocs_name_is_its_member()
    {
        var text = "# Saudi Arabia\n\nThe kingdom wants calm at home. A Saudi-led coalition has fought in Yemen since 2015.";

        Assert.Contains("saudi-arabia member_of saudi-led-coalition", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_leader_named_inside_a_blocs_name_is_no_party_of_its_own()
    {
        var text = "# Houthis\n\nThe Houthis have battled the Saudi-led coalition and the Yemeni government it supports since 2015.";

        Assert.Equal(["saudi-led-coalition", "yemen"], BundledPipeline.AdversariesOf("houthis", text));
        Assert.DoesNotContain("saudi-arabia strategic_partner yemen", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void The_bloc_not_its_leader_is_the_one_that_fights()
    {
        var text = "# Houthis\n\nThe Saudi-led military coalition has bombed the Houthis since March 2015.";

        Assert.Equal(["saudi-led-coalition"], BundledPipeline.AdversariesOf("houthis", text));
    }
}
