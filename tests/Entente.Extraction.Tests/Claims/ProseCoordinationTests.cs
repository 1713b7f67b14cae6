namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Who does the second of two joined verbs, the group after an opening phrase, a state's capitalised bodies, an act
/// charged to the accused, and a guard of one's own.
/// </summary>
public sealed class ProseCoordinationTests
{
    [Theory]
    [InlineData("# Iran\n\nIran arms Hezbollah and funds Hamas.", "hezbollah", "hamas")]
    [InlineData("# Iran\n\nIran is a member of BRICS and backs the Houthis.", "brics", "houthis")]
    public void The_first_verbs_object_is_not_the_doer_of_the_second(string text, string firstObject, string secondObject)
    {
        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains($"iran proxy {secondObject}", asserted);
        Assert.DoesNotContain(asserted, c => c.StartsWith(firstObject + " ", StringComparison.Ordinal) && c.EndsWith(" " + secondObject, StringComparison.Ordinal));
    }

    [Fact]
    public void The_group_after_a_short_opening_phrase_is_the_subject()
    {
        var text = "# Kata'ib Sayyid al-Shuhada\n\nKata'ib Sayyid al-Shuhada is an Iraqi militia. In Iraq, the group fights alongside the Iraqi army.";

        Assert.Contains("iraq", BundledPipeline.PartnersOf("kataib-sayyid-al-shuhada", text));
    }

    [Theory]
    [InlineData("the Iraqi Government")]
    [InlineData("the Iraqi Army")]
    [InlineData("Iraqi Security Forces")]
    public void A_demonym_before_a_state_bodys_capitalised_name_stands_for_the_state(string body)
    {
        var text = $"# Kata'ib Sayyid al-Shuhada\n\nKata'ib Sayyid al-Shuhada fights alongside {body}.";

        Assert.Contains("iraq", BundledPipeline.PartnersOf("kataib-sayyid-al-shuhada", text));
    }

    [Fact]
    public void A_rebel_force_named_with_a_demonym_is_not_the_state()
    {
        var text = "# Turkey\n\nTurkey backs the Free Syrian Army.";

        Assert.DoesNotContain("syria", BundledPipeline.PartnersOf("turkey", text));
    }

    [Fact]
    public void An_act_charged_to_the_accused_is_not_the_accusers()
    {
        var text = "# DR Congo accuses Rwanda\n\nTshisekedi accused the Rwandan military of supporting the M23 in shooting down a UN helicopter.";

        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains("rwanda proxy m23", asserted);
        Assert.DoesNotContain("dr-congo proxy m23", asserted);
    }

    [Theory]
    [InlineData("Rwanda has denied the charges and vowed to defend its territory.")]
    [InlineData("Rwanda vowed to defend itself.")]
    public void A_guard_of_ones_own_ties_no_one(string sentence)
    {
        var text = $"# DR Congo accuses Rwanda\n\n{sentence}";

        Assert.DoesNotContain("rwanda", BundledPipeline.PartnersOf("dr-congo", text));
    }

    [Fact]
    public void A_guard_of_ones_ally_still_ties()
    {
        var text = "# Iran\n\nIran vowed to defend its ally, Syria.";

        Assert.Contains("syria", BundledPipeline.PartnersOf("iran", text));
    }

    [Fact]
    public void A_cue_whose_object_is_an_unknown_name_is_spent_on_it()
    {
        var text = "# Somalia and Turkey sign a defence deal\n\nEthiopia signed a memorandum of understanding with Somaliland on Jan. 1.";

        Assert.DoesNotContain("ethiopia", BundledPipeline.PartnersOf("somalia", text));
    }

    [Fact]
    public void A_demonym_after_a_cues_preposition_is_no_unknown_name()
    {
        var text = "# Bangladesh\n\nThe United States remains the largest single buyer of Bangladeshi garments.";

        Assert.Contains("united-states", BundledPipeline.PartnersOf("bangladesh", text));
    }

    [Fact]
    public void A_cue_does_not_reach_past_when()
    {
        var text = "# Brazil\n\nThe deals will bring Brazil closer to its largest trading partner at a time when relations between Washington and Beijing have grown tense.";

        Assert.DoesNotContain("united-states", BundledPipeline.PartnersOf("brazil", text));
    }

    [Fact]
    public void A_bloc_naming_an_office_is_no_party()
    {
        var text = "# Rwanda and Congo\n\nAngola led the Luanda process until March, when it stepped aside as mediator to concentrate on its African Union chairmanship.";

        Assert.DoesNotContain("african-union", BundledPipeline.PartnersOf("rwanda", text));
    }

    [Fact]
    public void A_bracketed_phrase_is_out_of_a_cues_reach()
    {
        var text = "# Serbia's balancing act\n\nWe expect Chinese support for our territorial integrity (with Kosovo), not to mention that they are our friends who have helped us, Vucic said.";

        Assert.DoesNotContain("kosovo", BundledPipeline.PartnersOf("serbia", text));
    }

    [Fact]
    public void The_backed_group_inside_a_sentence_is_the_group()
    {
        var text = "# Who are the Houthis\n\nThe Yemeni Houthi group has struck ships in attacks that the Iran-aligned group says support Palestinians.";

        Assert.Contains(BundledPipeline.Read(text).Claims, c => c.Subject == "iran" && c.Object == "houthis");
    }
}
