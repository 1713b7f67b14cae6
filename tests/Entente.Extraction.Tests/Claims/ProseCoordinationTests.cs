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
}
