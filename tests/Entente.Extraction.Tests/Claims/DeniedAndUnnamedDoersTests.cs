namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: a name that is only another's home, a denied clause, a doer named as a person or as news sources, a pair's own cooperation.</summary>
public sealed class DeniedAndUnnamedDoersTests
{
    [Fact]
    public void A_name_read_as_anothers_home_does_not_stop_the_reading()
    {
        // "Tripoli from the GNA" reads the GNA as Tripoli's home, which left no list around it: the reader failed on it.
        var text = "# Libya's war\n\nHaftar's army tried to seize Tripoli from the GNA supported by Turkey and Qatar.";

        Assert.Contains("turkey", BundledPipeline.PartnersOf("libya", text));
    }

    [Fact]
    public void An_accusation_by_news_sources_makes_no_rival_of_the_subject()
    {
        var text = "# Hamas after the attack\n\nSome international news sources have accused Iran of being complicit in plotting the attack.";

        Assert.DoesNotContain("iran", BundledPipeline.AdversariesOf("hamas", text));
    }

    [Fact]
    public void A_founder_named_by_his_own_name_leaves_no_place_for_the_subject()
    {
        var text = "# Burkina Faso and Russia\n\nBurkina Faso hosts Russian instructors. The Wagner Group was founded by Yevgeny Prigozhin, a close associate of the Kremlin.";

        Assert.DoesNotContain("wagner-group", BundledPipeline.PartnersOf("burkina-faso", text));
    }

    [Theory]
    [InlineData("# Burkina Faso\n\nThe captain dismissed speculation that Wagner fighters were operating alongside the Burkinabe army.")]
    [InlineData("# Burkina Faso\n\nThe captain denied that Wagner mercenaries had been fighting alongside the Burkinabe army in the north.")]
    public void A_tie_in_a_denied_clause_is_no_partnership(string text)
    {
        Assert.DoesNotContain("wagner-group", BundledPipeline.PartnersOf("burkina-faso", text));
    }

    [Fact]
    public void A_denial_of_the_clause_does_not_deny_a_tie_inside_a_name()
    {
        var text = "# Burkina Faso\n\nThe captain denied that the Kremlin-backed Wagner Group had any role in the fighting.";

        Assert.Contains(BundledPipeline.Read(text).Claims, c => c.Subject == "russia" && c.Object == "wagner-group" && c.Polarity == Polarity.Asserts);
    }

    [Fact]
    public void Their_cooperation_after_a_named_pair_is_the_pairs_and_not_with_a_name_after_it()
    {
        var text = "# Norway and the United States\n\nThe U.S. and Norway hope their cooperation will help block Moscow's submarines in the Arctic.";

        Assert.DoesNotContain("russia", BundledPipeline.PartnersOf("norway", text));
    }
}
