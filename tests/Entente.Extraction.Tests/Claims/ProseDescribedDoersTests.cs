namespace Entente.Extraction.Tests.Claims;

/// <summary>Nouns said of someone else than the actor nearest them: a conceded pair, a participle's doer, allies a gerund seeks.</summary>
public sealed class ProseDescribedDoersTests
{
    [Fact]
    public void Rivals_conceded_of_a_pair_are_not_the_subjects_rivals_and_their_military_relations_tie_them_to_it()
    {
        var text = "# Ethiopia on the Red Sea\n\nEgypt and the United Arab Emirates, despite being regional rivals, also keep high-level military relations with Ethiopia.";

        Assert.DoesNotContain("united-arab-emirates", BundledPipeline.AdversariesOf("ethiopia", text));
        var partners = BundledPipeline.PartnersOf("ethiopia", text);
        Assert.Contains("egypt", partners);
        Assert.Contains("united-arab-emirates", partners);
    }

    [Fact]
    public void A_participle_after_the_comma_is_said_of_the_clauses_first_actor()
    {
        var text = "# Taiwan's shrinking circle\n\nLast year Nicaragua said it would open formal relations with China, having long been an ally of Taiwan.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("taiwan", text));
    }

    [Fact]
    public void Allies_that_another_actor_courts_are_none_of_the_subjects()
    {
        var text = "# China's partners\n\nThe United States often uses the method of recruiting allies to deal with certain countries, and with regard to China, it has also adopted this strategy.";

        Assert.DoesNotContain("united-states", BundledPipeline.PartnersOf("china", text));
    }
}
