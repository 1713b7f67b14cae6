namespace Entente.Extraction.Tests.Claims;

/// <summary>Ties only wanted, speculated, wondered about or given a purpose, none of which is said to hold.</summary>
public sealed class ProseSupposedTiesTests
{
    [Fact]
    public void Support_someone_is_wanted_to_give_is_no_support_even_after_initials()
    {
        var text = "# The Polisario Front's hopes\n\nIn his address, the president also said he wanted the A.U. to support the independence referendum.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == "african-union" || c.Object == "african-union");
    }

    [Fact]
    public void Recognition_only_speculated_is_not_said_to_happen()
    {
        var text = "# Tuvalu's choice\n\nTuvalu has reaffirmed its ties with Taiwan after a vote last month that had fuelled speculation "
            + "the small island state could cut ties and recognize Beijing.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("tuvalu", text));
    }

    [Fact]
    public void Recognition_wondered_about_in_a_whether_clause_is_not_said()
    {
        var text = "# Nauru's neighbours\n\nThe minister praised Australia's ties with Nauru and other island states, whether they recognise Taiwan or not.";

        Assert.DoesNotContain("taiwan", BundledPipeline.PartnersOf("nauru", text));
    }

    [Fact]
    public void One_named_after_the_verb_of_a_purpose_is_no_recipient()
    {
        var text = "# Sweden's path to NATO\n\nSweden changed its laws and eased limits on arms sales to placate Turkey.";

        Assert.DoesNotContain("turkey", BundledPipeline.PartnersOf("sweden", text));
    }

    [Theory]
    [InlineData("Sweden approved arms sales to neighbouring Finland.")]
    [InlineData("Sweden changed its laws and eased limits on arms sales to help Finland.")]
    public void A_recipient_after_an_adjective_or_a_verb_of_help_is_still_the_recipient(string sentence)
    {
        Assert.Contains("finland", BundledPipeline.PartnersOf("sweden", $"# Sweden's neighbours\n\n{sentence}"));
    }
}
