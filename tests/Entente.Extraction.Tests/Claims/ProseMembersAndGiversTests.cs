namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Members named after a bloc's plural noun ("CARICOM countries Jamaica, …"), a bloc presided over, and help that "came from"
/// its givers.
/// </summary>
public sealed class ProseMembersAndGiversTests
{
    [Fact]
    public void Countries_named_after_the_blocs_plural_are_its_members()
    {
        var text = "# The Caribbean bloc and Haiti\n\nThe Caribbean Community met in Georgetown. "
            + "CARICOM countries Jamaica, the Bahamas, Belize have pledged police officers for the mission.";

        var partners = BundledPipeline.PartnersOf("caricom", text);

        Assert.Contains("jamaica", partners);
        Assert.Contains("bahamas", partners);
        Assert.Contains("belize", partners);
    }

    [Fact]
    public void Taking_over_a_blocs_presidency_is_membership()
    {
        var text = "# Rome's year ahead\n\nItaly will assume the presidency of the G7 next year and host its summit in Apulia.";

        Assert.Contains("g7", BundledPipeline.PartnersOf("italy", text));
    }

    [Fact]
    public void A_chair_held_by_another_is_not_the_subjects()
    {
        var text = "# Beirut and Nicosia\n\nLebanon signed a sea border deal with Cyprus. "
            + "An official in Beirut noted that Nicosia takes over the rotating presidency of the European Union in January.";

        Assert.DoesNotContain("eu", BundledPipeline.PartnersOf("lebanon", text));
    }

    [Fact]
    public void Help_that_came_from_a_list_partners_each_giver()
    {
        var text = "# Yaounde's long war\n\nCameroon has fought jihadists in its far north for a decade. "
            + "Military assistance also came from Russia, the US and Germany.";

        var partners = BundledPipeline.PartnersOf("cameroon", text);

        Assert.Contains("russia", partners);
        Assert.Contains("united-states", partners);
        Assert.Contains("germany", partners);
    }

    [Fact]
    public void What_came_from_one_giver_does_not_make_an_earlier_giver_its_receiver()
    {
        var text = "# Yaounde's long war\n\nCameroon has fought jihadists in its far north for a decade. "
            + "Training also came from France, and military assistance came from Russia and Germany.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), line => line.StartsWith("russia ", StringComparison.Ordinal) && line.EndsWith(" france", StringComparison.Ordinal));
    }
}
