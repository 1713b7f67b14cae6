namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: allegiance declared to a network, those who belong to a bloc alongside another member, and partner nouns that name others' partners.</summary>
public sealed class MembershipAndOthersAlliesTests
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

    [Fact]
    public void Powers_that_impose_sanctions_are_no_friends_a_later_noun_finds()
    {
        var text = "# Nicaragua and Russia\n\nOrtega's aim is to escape the isolation caused by the sanctions imposed by the United States and the European Union and to show that he still has friends elsewhere.";

        var partners = BundledPipeline.PartnersOf("nicaragua", text);

        Assert.DoesNotContain("united-states", partners);
        Assert.DoesNotContain("eu", partners);
    }

    [Fact]
    public void A_name_joined_to_the_subjects_allies_by_and_is_not_one_of_them()
    {
        var text = "# Syria's new struggle\n\nCurbing Iran is the main meeting point between Damascus' allies and Israel.";

        Assert.DoesNotContain("israel", BundledPipeline.PartnersOf("syria", text));
    }

    [Fact]
    public void An_appositive_ally_describes_the_government_before_the_comma()
    {
        var text = "# The Houthis\n\nSince 2004 the Houthi rebels have waged an insurgency against the internationally recognised Yemeni central government, a key U.S. counterterrorism ally.";

        Assert.DoesNotContain("united-states", BundledPipeline.PartnersOf("houthis", text));
    }
}
