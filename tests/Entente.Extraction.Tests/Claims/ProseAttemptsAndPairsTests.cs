namespace Entente.Extraction.Tests.Claims;

/// <summary>Acts whose doer or object the sentence leaves to someone else: attempts by no one named, notes sent, conflicts between others.</summary>
public sealed class ProseAttemptsAndPairsTests
{
    [Fact]
    public void Fighting_attempts_to_destabilize_a_state_makes_no_one_its_foe()
    {
        var text = "# Moldova\n\nMoldova worked alongside Romania to combat attempts to destabilize the former, the president said.";

        Assert.DoesNotContain("romania", BundledPipeline.AdversariesOf("moldova", text));
    }

    [Fact]
    public void An_attempt_whose_owner_is_named_keeps_its_doer()
    {
        var text = "# Moldova\n\nMoscow's attempts to destabilize Moldova have failed.";

        Assert.Contains("russia", BundledPipeline.AdversariesOf("moldova", text));
    }

    [Theory]
    [InlineData("# Bolivia\n\nThe foreign ministry of Argentina sent a note to Bolivia asking about the drone deal.")]
    [InlineData("# Bolivia\n\nArgentina sent a delegation to Bolivia last week.")]
    public void Sending_a_note_or_a_delegation_supplies_nothing(string text)
    {
        Assert.DoesNotContain("argentina", BundledPipeline.PartnersOf("bolivia", text));
    }

    [Fact]
    public void A_conflict_between_others_is_not_the_subjects()
    {
        var text = "# The ANC\n\nThe ANC resolved that the war is primarily a conflict between the US, Nato and Russia.";

        var foes = BundledPipeline.AdversariesOf("african-national-congress", text);

        Assert.DoesNotContain("united-states", foes);
        Assert.DoesNotContain("russia", foes);
    }

    [Fact]
    public void A_conflict_between_the_subject_and_another_is_the_subjects()
    {
        var text = "# Ethiopia\n\nThe report describes a conflict between Ethiopia and Eritrea over the border.";

        Assert.Contains("eritrea", BundledPipeline.AdversariesOf("ethiopia", text));
    }

    [Fact]
    public void The_first_country_to_recognise_is_the_one_named_before_it()
    {
        var text = "# Somalia\n\nSomalia's government lined up support abroad after Israel on Friday became the first country to recognise Somaliland.";

        Assert.DoesNotContain("somaliland", BundledPipeline.PartnersOf("somalia", text));
    }

    [Fact]
    public void The_subject_as_the_first_country_to_recognise_keeps_the_tie()
    {
        Assert.Contains("kosovo", BundledPipeline.PartnersOf("somalia", "# Somalia\n\nSomalia became the first country to recognise Kosovo."));
    }
}
