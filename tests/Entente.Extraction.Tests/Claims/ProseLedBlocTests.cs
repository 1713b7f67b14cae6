namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// "the Saudi-led coalition": a bloc named by its leader is the bloc, its leader belongs to it, and what the bloc does the
/// leader does too; a later "it" stands for the bloc.
/// </summary>
public sealed class ProseLedBlocTests
{
    [Fact]
    public void The_leader_named_in_a_blocs_name_is_its_member()
    {
        var text = "# Saudi Arabia\n\nThe kingdom wants calm at home. A Saudi-led coalition has fought in Yemen since 2015.";

        Assert.Contains("saudi-arabia member_of saudi-led-coalition", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_later_it_stands_for_the_bloc_and_the_leader_shares_its_ties()
    {
        var text = "# Houthis\n\nThe Houthis have battled the Saudi-led coalition and the Yemeni government it supports since 2015.";

        Assert.Equal(["saudi-arabia", "saudi-led-coalition", "yemen"], BundledPipeline.AdversariesOf("houthis", text));
    }

    [Fact]
    public void The_bloc_and_its_leader_are_the_ones_that_fight()
    {
        var text = "# Houthis\n\nThe Saudi-led military coalition has bombed the Houthis since March 2015.";

        Assert.Equal(["saudi-arabia", "saudi-led-coalition"], BundledPipeline.AdversariesOf("houthis", text));
    }
}
