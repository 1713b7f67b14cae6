namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: allegiance declared to a network, and those who belong to a bloc alongside another member.</summary>
public sealed class FellowMembersAndAllegianceTests
{
    [Theory]
    [InlineData("# Al-Shabaab\n\nIn 2010 the group declared its allegiance to al-Qaeda.")]
    [InlineData("# Al-Shabaab\n\nThe Shabaab pledged their allegiance to al-Qaeda in 2012.")]
    public void Allegiance_declared_to_a_network_is_membership(string text)
    {
        Assert.Contains(BundledPipeline.Read(text).Claims, c => c.Subject == "al-shabaab" && c.Object == "al-qaeda" && c.Relation == RelationType.MemberOf);
    }

    [Fact]
    public void Those_named_alongside_a_member_belong_to_the_bloc_too()
    {
        var text = "# Hamas and its friends\n\nIran, for its part, forms part of the “Axis of Resistance” alongside Hamas, Hezbollah and the Palestinian Islamic Jihad.";

        var claims = BundledPipeline.Read(text).Claims;

        Assert.Contains(claims, c => c.Subject == "iran" && c.Object == "axis-of-resistance" && c.Relation == RelationType.MemberOf);
        Assert.Contains(claims, c => c.Subject == "hamas" && c.Object == "axis-of-resistance" && c.Relation == RelationType.MemberOf);
        Assert.Contains(claims, c => c.Subject == "palestinian-islamic-jihad" && c.Object == "axis-of-resistance" && c.Relation == RelationType.MemberOf);
    }

    [Fact]
    public void A_state_that_joined_along_with_another_brings_it_into_the_bloc()
    {
        var text = "# Sweden\n\nSweden joined NATO along with Finland after the invasion of Ukraine.";

        Assert.Contains(BundledPipeline.Read(text).Claims, c => c.Subject == "finland" && c.Object == "nato" && c.Relation == RelationType.MemberOf);
    }
}
