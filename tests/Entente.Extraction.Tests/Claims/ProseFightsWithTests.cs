namespace Entente.Extraction.Tests.Claims;

/// <summary>Foes named after a fight "with", and the hostile words for defeating, destabilising and standing off.</summary>
public sealed class ProseFightsWithTests
{
    [Fact]
    public void One_named_after_a_fight_with_is_the_foe_not_an_ally()
    {
        var text = "# Hamas\n\nThe Palestinian Islamist movement can count on several regional allies in its deadly fight with Israel.";

        Assert.Contains("israel", BundledPipeline.AdversariesOf("hamas", text));
        Assert.DoesNotContain("israel", BundledPipeline.PartnersOf("hamas", text));
    }

    [Theory]
    [InlineData("# Iraq\n\nWashington, Tehran and Baghdad all wanted the same thing: defeating the Islamic State.", "iraq", "islamic-state")]
    [InlineData("# Moldova\n\nThe EU cited continued Russian attempts to destabilize Moldova with hybrid actions.", "moldova", "russia")]
    [InlineData("# Greece\n\nGreece has been locked in a maritime standoff with Turkey since the summer.", "greece", "turkey")]
    [InlineData("# Ethiopia\n\nEgypt held war games in a show of force to Ethiopia.", "ethiopia", "egypt")]
    public void Defeating_destabilising_and_standing_off_are_hostile(string text, string subject, string foe)
    {
        Assert.Contains(foe, BundledPipeline.AdversariesOf(subject, text));
    }

    [Fact]
    public void Being_defeated_is_not_read_as_the_subjects_defeat_of_anyone()
    {
        var text = "# Algeria\n\nThe town changed hands again, the result of a Polisario raid in which the Moroccans were soundly defeated.";

        Assert.DoesNotContain("polisario-front", BundledPipeline.AdversariesOf("algeria", text));
    }

    [Theory]
    [InlineData("# Burkina Faso\n\nThe juntas signed a mutual-defence pact under which an attack on one is treated as an attack on all, and turned it into the Alliance of Sahel States.")]
    [InlineData("# Burkina Faso\n\nMali, Niger and Burkina Faso agreed that an attack against any of them is an attack on all.")]
    public void The_defence_clause_of_an_alliance_is_no_attack(string text)
    {
        Assert.Empty(BundledPipeline.AdversariesOf("burkina-faso", text));
    }

    [Theory]
    [InlineData("# Rwanda\n\nRwandan troops conducted joint attacks with M23 fighters against Congo's army.")]
    [InlineData("# The M23\n\nThe M23 grew stronger. Rwanda's army conducted joint attacks with the M23 against Congolese troops.")]
    public void Joint_attacks_with_a_group_make_it_an_ally(string text)
    {
        Assert.Contains("m23", BundledPipeline.PartnersOf("rwanda", text));
        Assert.DoesNotContain("m23", BundledPipeline.AdversariesOf("rwanda", text));
    }

    [Fact]
    public void An_appositive_rival_of_a_third_state_is_its_rival_not_the_subjects()
    {
        var text = "# Taiwan\n\nForemost among them is Japan, a historical rival of China in the region, which has been forging strategic alliances with Taiwan’s few remaining allies.";

        Assert.Contains("china rival japan", BundledPipeline.Asserted(text));
        Assert.DoesNotContain("japan", BundledPipeline.AdversariesOf("taiwan", text));
        Assert.DoesNotContain(BundledPipeline.Asserted(text), c => c.Contains("taiwan", StringComparison.Ordinal));
    }
}
