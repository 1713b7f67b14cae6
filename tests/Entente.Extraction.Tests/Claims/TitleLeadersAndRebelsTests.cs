using Entente.Extraction.Tests.Mentions;

namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// A headline that opens on a state's possessive and a person's name is about that state; a headline's "Myanmar rebels"
/// describes the armed group the text names; a language's speakers are no state's.
/// </summary>
public sealed class TitleLeadersAndRebelsTests
{
    [Theory]
    [InlineData("Grenada's Mitchell vows support for Cuba at summit")]
    [InlineData("Grenada’s Mitchell vows support for Cuba at summit")]
    public void A_state_owning_the_person_a_title_opens_on_is_the_subject(string title)
    {
        var body = "Cuba hosted the meeting. Cuba thanked its guests, and Cuba promised doctors. Grenada signed a health accord.";

        Assert.Equal("grenada", BundledPipeline.Read($"# {title}\n\n{body}").Subject);
    }

    [Fact]
    public void A_persons_name_does_not_stand_where_an_actor_is_named()
    {
        // "Hezbollah" after the possessive is a group, not a person: the title is about the group the text names most.
        var text = "# Lebanon's Hezbollah says it backs talks\n\nHezbollah spoke first. Hezbollah backed the talks, and Hezbollah thanked Iran. Lebanon waited.";

        Assert.Equal("hezbollah", BundledPipeline.Read(text).Subject);
    }

    [Fact]
    public void A_country_name_before_rebels_in_a_headline_says_whose_rebels_the_piece_is_about()
    {
        var text = "# Myanmar rebels, military agree to a truce\n\nThe TNLA said it would stop fighting in Myanmar. The talks in Myanmar were hosted by China. "
            + "Myanmar's military agreed. The TNLA is allied with the Arakan Army. Myanmar's junta welcomed it.";

        Assert.Equal("tnla", BundledPipeline.Read(text).Subject);
    }

    [Theory]
    [InlineData("Portuguese-speaking states met in Luanda.")]
    [InlineData("The report was read by Russian speakers across Central Asia.")]
    [InlineData("French-language newspapers covered it.")]
    public void A_language_and_its_speakers_name_no_state(string text) =>
        Assert.DoesNotContain(BundledGazetteer.Names(text), n => n.StartsWith("portugal:", StringComparison.Ordinal) || n.StartsWith("russia:", StringComparison.Ordinal) || n.StartsWith("france:", StringComparison.Ordinal));

    [Fact]
    public void A_peoples_adjective_before_other_words_still_names_its_state() =>
        Assert.Contains("portugal:Portuguese", BundledGazetteer.Names("Portuguese troops landed, and Portuguese speakers cheered."));
}
