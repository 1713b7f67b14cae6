namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: a mediator's role said with a verb, membership said with a copula or "belong to", economic ties
/// between two named, goods being sent, and a sending ruled out.</summary>
public sealed class ProseRolesAndMembersTests
{
    [Theory]
    [InlineData("# Kuwait\n\nNow Kuwait is stepping in as a mediator between Saudi Arabia and Qatar as it readies itself for talks.", "kuwait")]
    [InlineData("# Oman\n\nOman is a mediator between Iran and the US.", "oman")]
    public void A_state_said_to_act_as_mediator_between_two_mediates_for_both(string text, string mediator)
    {
        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains(asserted, line => line.StartsWith(mediator + " mediator ", StringComparison.Ordinal));
        Assert.Equal(2, asserted.Count(line => line.StartsWith(mediator + " mediator ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("# Mercosur\n\nVenezuela is a Mercosur member since 2012, but since 2017 suspended.", "venezuela member_of mercosur")]
    [InlineData("# Sweden\n\nSweden has now become a NATO member.", "sweden member_of nato")]
    [InlineData("# Union State\n\nRussia and Belarus now belong to the Union State, an agreement aimed at closer integration.", "belarus member_of union-state")]
    public void A_state_said_to_be_a_blocs_member_or_to_belong_to_it_is_a_member(string text, string expected)
    {
        Assert.Contains(expected, BundledPipeline.Asserted(text));
    }

    [Fact]
    public void An_economic_relationship_between_two_capitals_makes_economic_partners()
    {
        var text = "# Jamaica\n\nThe aim is to drive a wedge into the deepening economic relationship between Kingston and Beijing.";

        Assert.Contains("jamaica economic_partner china", BundledPipeline.Asserted(text));
    }

    [Theory]
    [InlineData("# The Netherlands\n\nThe Netherlands is sending up to 42 F-16 fighter jets to Ukraine to help aid its war against Russia.", "ukraine")]
    [InlineData("# Iran\n\nIran is shipping drones to Russia.", "russia")]
    public void A_state_sending_goods_to_another_supplies_it(string text, string receiver)
    {
        var subject = text[2..text.IndexOf('\n')].Replace("The ", "", StringComparison.Ordinal).ToLowerInvariant();

        Assert.Contains(receiver, BundledPipeline.PartnersOf(subject, text));
    }

    [Theory]
    [InlineData("# Ukraine\n\nItaly has ruled out sending troops to Ukraine.")]
    [InlineData("# Ukraine\n\nItaly has rejected sending troops to Ukraine.")]
    public void A_sending_ruled_out_is_denied(string text)
    {
        var claims = BundledPipeline.Read(text).Claims.Where(c => c.Subject == "italy").ToList();

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(Polarity.Denies, c.Polarity));
    }

    [Theory]
    [InlineData("# Latvia\n\nThe Foreign Ministry in Riga said the reason for the decision was Russia’s continued aggression against Ukraine and solidarity with Estonia and Lithuania.", "latvia", "estonia")]
    [InlineData("# Kuwait\n\nKuwait recalled its ambassador from Tehran in 2016 in solidarity with Riyadh but never severed relations.", "kuwait", "saudi-arabia")]
    public void Solidarity_with_an_actor_makes_it_a_partner(string text, string subject, string partner)
    {
        Assert.Contains(partner, BundledPipeline.PartnersOf(subject, text));
    }

    [Fact]
    public void Solidarity_said_beside_another_actors_aggression_is_not_that_actors()
    {
        var text = "# Latvia\n\nThe Foreign Ministry in Riga said the reason for the decision was Russia’s continued aggression against Ukraine and solidarity with Estonia and Lithuania.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == "russia" && c.Object == "estonia");
    }

    [Fact]
    public void Financial_resources_from_a_state_are_its_backing()
    {
        var text = "# Czechia\n\nCzechia has gained additional financial resources from Canada and Norway.";

        Assert.Equal(["canada", "norway"], BundledPipeline.PartnersOf("czechia", text));
    }

    [Theory]
    [InlineData("# Maldives\n\nThe Indian troops were operating three reconnaissance aircraft that New Delhi had gifted the Maldives.", "maldives", "india")]
    [InlineData("# PMF\n\nThese subgroups of the PMF have received direct support from Iran.", "popular-mobilization-forces", "iran")]
    public void Gifts_and_direct_support_make_a_backer(string text, string subject, string backer)
    {
        Assert.Contains(backer, BundledPipeline.PartnersOf(subject, text));
    }
}
