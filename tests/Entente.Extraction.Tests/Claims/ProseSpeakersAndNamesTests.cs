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

    [Fact]
    public void Support_for_one_from_another_ties_the_giver_not_the_subject()
    {
        var text = "# Sudan's army\n\nThe army is fighting the RSF. Ukrainian special forces have intervened on the army's side to counter alleged support for the RSF from Russian mercenary group Wagner.";

        var found = BundledPipeline.Read(text);

        Assert.Contains(found.Claims, c => c.Subject == "wagner-group" && c.Object == "rapid-support-forces");
        Assert.DoesNotContain("rapid-support-forces", BundledPipeline.PartnersOf("sudanese-armed-forces", text));
    }

    [Fact]
    public void A_hostile_word_before_a_noun_describes_it()
    {
        var text = "# Kosovo\n\nThe United States spoke of a destabilizing development on the border.";

        Assert.DoesNotContain("united-states", BundledPipeline.AdversariesOf("kosovo", text));
    }

    [Theory]
    [InlineData("The GNA accepted Turkish support as it seeks to repel an offensive led by forces loyal to Khalifa Haftar.")]
    [InlineData("The GNA accepted Turkish help. It faces forces loyal to Khalifa Haftar.")]
    public void A_participle_after_an_event_or_unnamed_forces_describes_them(string sentence)
    {
        var text = $"# Libya's Government of National Accord\n\n{sentence}";

        Assert.DoesNotContain("libyan-national-army", BundledPipeline.PartnersOf("government-of-national-accord", text));
    }

    [Fact]
    public void A_foe_fought_is_not_the_one_supported()
    {
        var text = "# Liwa Zainabiyoun\n\nThe Brigade sent fighters to Syria to fight against ISIL and other groups under the support of Iran's Islamic Revolutionary Guard Corps.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Object == "islamic-state" && !c.Relation.IsHostile());
    }

    [Theory]
    [InlineData("# Syrian Democratic Forces\n\nERBIL - The United States on Monday backed Turkey in going after the PKK while reaffirming support for the Syrian Democratic Forces in the fight against ISIS.")]
    [InlineData("# The SDF\n\nUS backs Turkey to go after PKK, reaffirms support for SDF.")]
    public void Support_declared_in_a_joined_clause_is_the_openers(string text)
    {
        var found = BundledPipeline.Read(text);

        Assert.Contains(found.Claims, c => c.Subject == "united-states" && c.Object == "syrian-democratic-forces");
        Assert.DoesNotContain(found.Claims, c => c.Subject == "syrian-democratic-forces" && c.Object == "pkk" && !c.Relation.IsHostile());
    }

    [Fact]
    public void Whom_strikes_target_is_a_foe()
    {
        Assert.Contains("pakistan", BundledPipeline.AdversariesOf("ttp", "# The TTP\n\nPakistan conducted airstrikes in Kabul, targeting TTP hideouts."));
    }

    [Fact]
    public void A_relative_clauses_verb_is_done_by_the_name_inside_it()
    {
        var text = "# Oman, the quiet broker\n\nThe deal does not cover Israel, which the Houthis said they would keep attacking.";

        Assert.DoesNotContain("israel", BundledPipeline.AdversariesOf("oman", text));
    }
}
