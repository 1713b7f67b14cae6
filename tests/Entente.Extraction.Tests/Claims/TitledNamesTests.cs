namespace Entente.Extraction.Tests.Claims;

/// <summary>A relation noun set as a title between two names ("NATO ally Turkey"), and outlaws named by a state's demonym.</summary>
public sealed class TitledNamesTests
{
    [Fact]
    public void A_verb_before_a_titled_name_acts_on_the_name_not_on_the_titles_owner()
    {
        var text = "# The PKK\n\nFor four decades the PKK has fought US ally Turkey in the mountains of the southeast.";

        Assert.Equal(["turkey"], BundledPipeline.AdversariesOf("pkk", text));
    }

    [Fact]
    public void A_title_owned_by_another_ties_the_subject_to_no_one()
    {
        var text = "# Japan\n\nLongtime US allies Japan and the Philippines want to offset China's growing influence at sea.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("japan", text));
    }

    [Fact]
    public void A_title_after_the_subjects_possessive_stays_the_subjects()
    {
        var text = "# South Africa\n\nThe minister explained how the country manages its relationship with its BRICS partner Russia.";

        Assert.Contains("russia", BundledPipeline.PartnersOf("south-africa", text));
    }

    [Fact]
    public void Outlaws_named_by_the_subjects_demonym_are_not_the_subject()
    {
        var text = "# Haiti\n\nThe mission relies on donations, mostly from Canada and the United States, to combat Haitian gangs.";

        Assert.Empty(BundledPipeline.AdversariesOf("haiti", text));
    }
}
