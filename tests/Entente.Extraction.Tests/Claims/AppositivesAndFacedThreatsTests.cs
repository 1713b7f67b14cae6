namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Real prose: an appositive that says what a name is ("Turkey, a US ally within NATO,"), a threat that those named before it
/// face or stand against, and a viewer who sees "the" group as a threat.
/// </summary>
public sealed class AppositivesAndFacedThreatsTests
{
    private const string YpgTitle = "# The YPG and its foes\n\nThe YPG is the Kurdish militia that leads the SDF. ";

    [Fact]
    public void The_owner_of_an_appositives_title_is_not_the_one_who_acts()
    {
        var claims = BundledPipeline.Read(YpgTitle + "Turkey, a US ally within NATO, views it as a terrorist threat.").Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "ypg" && c.Object == "united-states" || c.Subject == "united-states" && c.Object == "ypg");
        Assert.Contains(claims, c => c.Subject == "ypg" && c.Object == "turkey" && c.Relation.IsHostile() && c.Polarity == Polarity.Asserts);
    }

    [Fact]
    public void A_viewer_regards_a_group_written_with_its_article_as_a_foe()
    {
        var claims = BundledPipeline.Read(YpgTitle + "Turkey views the YPG as an enemy.").Claims;

        Assert.Contains(claims, c => c.Subject == "turkey" && c.Object == "ypg" && c.Relation.IsHostile());
    }

    [Theory]
    [InlineData("It enables Burkina Faso, Mali, and Niger to collaborate in the face of armed rebellion or external aggression.")]
    [InlineData("The pact lets Mali and Niger work together against external aggression.")]
    public void Those_who_face_or_stand_against_a_threat_are_not_its_source(string sentence)
    {
        var claims = BundledPipeline.Read("# The Alliance of Sahel States\n\nThe Alliance of Sahel States (AES) is a defence pact. " + sentence).Claims;

        Assert.DoesNotContain(claims, c => c.Relation.IsHostile() && c.Object is "mali" or "niger" or "burkina-faso");
    }

    [Fact]
    public void A_source_named_inside_the_threat_faced_is_still_a_foe()
    {
        var claims = BundledPipeline.Read("# Ukraine at war\n\nUkraine stands firm in the face of Russian aggression.").Claims;

        Assert.Contains(claims, c => c.Subject == "ukraine" && c.Object == "russia" && c.Relation.IsHostile());
    }
}
