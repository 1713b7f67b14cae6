namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Bare verbs that are also nouns or adverbs ("support", "back", "arm"), nouns of support whose giver is only described,
/// and a group's name run into a state's, which names a branch the gazetteer does not know.
/// </summary>
public sealed class ProseBareVerbsTests
{
    [Theory]
    [InlineData("Russia and Iran support Syria.", "russia")]
    [InlineData("Moscow and Tehran arm Damascus.", "iran")]
    [InlineData("Iran and Hezbollah both back Syria's army.", "hezbollah")]
    [InlineData("Russia and Iran still back Syria.", "iran")]
    public void A_bare_verb_after_its_doers_ties_them_to_the_object(string sentence, string partner) =>
        Assert.Contains(partner, BundledPipeline.PartnersOf("syria", "# Syria's partners\n\n" + sentence));

    [Theory]
    [InlineData("Damascus spent the week lining up support abroad after Israel struck again.", "israel")]
    [InlineData("The delegation went back to Turkey empty-handed.", "turkey")]
    [InlineData("It is the armed wing, the military arm of Iran in the region.", "iran")]
    public void The_same_words_as_a_noun_or_an_adverb_tie_no_one(string sentence, string named) =>
        Assert.DoesNotContain(named, BundledPipeline.PartnersOf("syria", "# Syria's partners\n\n" + sentence));

    [Fact]
    public void Support_of_names_its_giver_only_when_a_name_or_an_article_follows()
    {
        var named = "# Idlib's rebels\n\nHTS has voiced its support of Turkey's plans in the north.";
        var described = "# Cuba's friends\n\nDespite a blockade by Washington, Cuba survived thanks to the support of allied governments.";

        Assert.Contains("turkey", BundledPipeline.PartnersOf("hayat-tahrir-al-sham", named));
        Assert.DoesNotContain("united-states", BundledPipeline.PartnersOf("cuba", described));
    }

    [Fact]
    public void A_groups_name_run_into_a_states_names_a_branch_that_is_neither()
    {
        var text = "# The Fatemiyoun\n\nThe Fatemiyoun brigade is also closely associated with Hezbollah Afghanistan.";

        var partners = BundledPipeline.PartnersOf("fatemiyoun", text);

        Assert.DoesNotContain("hezbollah", partners);
        Assert.DoesNotContain("afghanistan", partners);
    }
}
