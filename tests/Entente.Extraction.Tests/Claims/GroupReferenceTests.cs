namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// "The three left ECOWAS": a count of the actors the sentence before named, the subject among them, stands for the subject
/// and carries the others along into what the subject joins; founding a bloc is joining it.
/// </summary>
public sealed class GroupReferenceTests
{
    private const string Before = "# Niger's uranium\n\nNiger has drawn closer to Mali and Burkina Faso. ";

    [Theory]
    [InlineData("The three left ECOWAS in January.")]
    [InlineData("They left ECOWAS in January.")]
    [InlineData("All three juntas left ECOWAS in January.")]
    public void A_count_of_the_group_named_before_stands_for_the_subject(string sentence)
    {
        var claims = BundledPipeline.Read(Before + sentence).Claims;

        Assert.Contains(claims, c => c.Subject == "niger" && c.Object == "ecowas" && c.Relation == RelationType.MemberOf && c.Validity.Until is not null);
        Assert.Contains(claims, c => c.Subject == "mali" && c.Object == "ecowas" && c.Relation == RelationType.MemberOf);
    }

    [Fact]
    public void A_count_that_does_not_match_the_group_stands_for_no_one()
    {
        var claims = BundledPipeline.Asserted(Before + "The four left ECOWAS in January.");

        Assert.DoesNotContain("niger member_of ecowas", claims);
    }

    [Fact]
    public void Founding_a_defence_bloc_together_makes_its_founders_members_and_allies()
    {
        var claims = BundledPipeline.Asserted(Before + "The three juntas formed the Alliance of Sahel States in September 2023.");

        Assert.Contains("niger member_of alliance-of-sahel-states", claims);
        Assert.Contains("burkina-faso member_of alliance-of-sahel-states", claims);
        Assert.Contains(claims, c => c is "niger formal_alliance mali" or "mali formal_alliance niger");
    }

    [Fact]
    public void A_state_that_created_a_bloc_belongs_to_it_and_is_not_its_sponsor()
    {
        var claims = BundledPipeline.Asserted("# Venezuela\n\nVenezuela and Cuba created ALBA in 2004.");

        Assert.Contains("venezuela member_of alba", claims);
        Assert.DoesNotContain("venezuela proxy alba", claims);
    }
}
