namespace Entente.Extraction.Tests.Claims;

/// <summary>What a bloc is made of: members after a counted noun and a colon, a place between the bloc and its verb, and a relative clause on "the bloc".</summary>
public sealed class ProseBlocMakeupTests
{
    [Fact]
    public void Members_may_follow_a_counted_noun_and_a_colon()
    {
        var text = "# The CSTO\n\nThe CSTO is a defence pact in Eurasia consisting of four post-Soviet states: Armenia, Belarus, Russia and Tajikistan.";

        var members = BundledPipeline.Asserted(text).Where(l => l.EndsWith("member_of csto", StringComparison.Ordinal)).ToArray();

        Assert.Equal(["armenia member_of csto", "belarus member_of csto", "russia member_of csto", "tajikistan member_of csto"], members);
    }

    [Fact]
    public void A_relative_clause_on_the_bloc_names_its_members()
    {
        var text = "# BRICS grows\n\nBRICS met in Johannesburg. BRICS will grow. Ethiopia is set to join the bloc, which is currently made up of Brazil, Russia, India, China and South Africa.";

        var partners = BundledPipeline.PartnersOf("brics", text);

        Assert.Contains("south-africa", partners);
        Assert.Contains("brazil", partners);
        // Ethiopia joins by its own verb; what the bloc is made of are the others.
        var ethiopia = Assert.Single(BundledPipeline.Read(text).Claims, c => c.Subject == "ethiopia");
        Assert.DoesNotContain("consists of", ethiopia.Rule, StringComparison.Ordinal);
    }
}
