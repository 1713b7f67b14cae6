namespace Entente.Extraction.Tests.Claims;

/// <summary>A title in which one actor joins another's allies is about the one who joins; one that opens on a state's minister, about that state.</summary>
public sealed class TitleJoinersTests
{
    [Fact]
    public void The_one_joining_anothers_allies_is_the_subject()
    {
        var text = "Bahrain joins Israel's allies against the drones\n\nIsrael thanked its partners after the attack. Israel said the drones were downed. Bahrain said it acted to protect its airspace.";

        Assert.Equal("bahrain", BundledPipeline.Read(text).Subject);
    }

    [Fact]
    public void A_title_on_anothers_allies_alone_keeps_its_owner()
    {
        var text = "Israel's allies against the drones\n\nBahrain said it acted to protect its airspace. Israel thanked its partners.";

        Assert.Equal("israel", BundledPipeline.Read(text).Subject);
    }

    [Fact]
    public void A_title_opening_on_a_states_minister_is_about_that_state()
    {
        var text = "Maldives minister interview on ties with India\n\nIndia has long been a friend of the Maldives. India funds roads and hospitals there, and India trains the coast guard.";

        Assert.Equal("maldives", BundledPipeline.Read(text).Subject);
    }
}
