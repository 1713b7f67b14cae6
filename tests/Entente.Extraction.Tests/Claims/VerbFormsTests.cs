using Entente.Extraction.Claims;

namespace Entente.Extraction.Tests.Claims;

/// <summary>The cue lexicon completes a verb's forms before its preposition, and nothing else.</summary>
public sealed class VerbFormsTests
{
    [Fact]
    public void The_missing_forms_of_a_verb_before_a_preposition_are_added()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "cooperates with", "cooperated with" };

        var completed = VerbForms.Complete(["cooperates with", "cooperated with"], taken);

        Assert.Contains("cooperate with", completed);
        Assert.Contains("cooperating with", completed);
    }

    [Fact]
    public void A_verb_in_y_and_several_verbs_before_one_preposition_each_get_their_forms()
    {
        var phrases = new[] { "allies with", "allied with", "sides with", "sided with" };

        var completed = VerbForms.Complete(phrases, new HashSet<string>(phrases, StringComparer.Ordinal));

        Assert.Contains("ally with", completed);
        Assert.Contains("allying with", completed);
        Assert.Contains("side with", completed);
        Assert.Contains("siding with", completed);
    }

    [Fact]
    public void A_lone_form_and_single_words_are_left_alone()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "arms to", "backs", "backed" };

        Assert.Equal(["arms to"], VerbForms.Complete(["arms to"], taken));
        Assert.Equal(["backs", "backed"], VerbForms.Complete(["backs", "backed"], taken));
    }

    [Fact]
    public void A_form_another_cue_holds_is_not_added_again()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "funds to", "funding to", "fund to" };

        var completed = VerbForms.Complete(["funds to", "funding to"], taken);

        Assert.DoesNotContain("fund to", completed);
        Assert.Contains("funded to", completed);
    }

    [Fact]
    public void The_embedded_lexicon_reads_a_completed_form_as_its_cue()
    {
        var text = "# The Taliban\n\nPresident Erdogan has said Turkey will cooperate with the new Taliban administration.";

        Assert.Contains("turkey", BundledPipeline.PartnersOf("taliban", text));
    }
}
