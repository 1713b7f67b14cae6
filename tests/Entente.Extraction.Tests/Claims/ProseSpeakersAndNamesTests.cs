namespace Entente.Extraction.Tests.Claims;

/// <summary>Cues inside a law's name or someone's quoted term, cues said of "you", and verbs that stop at "but".</summary>
public sealed class ProseSpeakersAndNamesTests
{
    [Fact]
    public void A_cue_inside_a_laws_name_states_nothing()
    {
        var text = "# El Salvador\n\nIn March, Trump invoked the Alien Enemies Act against Tren de Aragua, a gang born in prisons, on the Salvadoran leader's advice.";

        Assert.DoesNotContain("united-states", BundledPipeline.AdversariesOf("el-salvador", text));
    }

    [Fact]
    public void A_quoted_term_names_no_one()
    {
        var text = "# El Salvador\n\nEl Salvador is a small state. A rarely invoked law lets the US president deport nationals of an \"enemy nation\" in wartime.";

        Assert.DoesNotContain("united-states", BundledPipeline.AdversariesOf("el-salvador", text));
    }

    [Fact]
    public void What_you_are_is_not_said_of_the_subject()
    {
        var text = "# Mexico\n\nMexico is a partner. “If you're on a boat full of cocaine headed to the United States, you're an immediate threat to the United States,” he said.";

        Assert.DoesNotContain("united-states", BundledPipeline.AdversariesOf("mexico", text));
    }

    [Fact]
    public void A_verb_does_not_reach_a_subject_named_after_but()
    {
        var text = "# Mexico\n\nRubio vows to step up cartel strikes but praises Mexico.";

        Assert.DoesNotContain("united-states", BundledPipeline.AdversariesOf("mexico", text));
    }
}
