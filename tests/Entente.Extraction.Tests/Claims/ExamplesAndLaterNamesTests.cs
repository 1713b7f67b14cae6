namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Real prose: a class the next names belong to after "as well as", a tie with a common noun whose examples are named
/// after "including", an actor first named in a fronted phrase and named again as the object of the subject's tie, and
/// an infinitive done by people a passive pressed into it.
/// </summary>
public sealed class ExamplesAndLaterNamesTests
{
    [Fact]
    public void A_class_of_countries_after_as_well_as_goes_on_the_list_of_the_verbs_objects()
    {
        var claims = BundledPipeline.Read("# Norway's security strategy\n\nOutside the immediate Nordic region, Norway will seek to work more closely with Britain, France, Germany and Poland as well as the Baltic countries of Estonia, Latvia and Lithuania, the government said.").Claims;

        foreach (var baltic in new[] { "estonia", "latvia", "lithuania" })
            Assert.Contains(claims, c => c.Subject == "norway" && c.Object == baltic && !c.Relation.IsHostile() && c.Polarity == Polarity.Asserts);
    }

    [Fact]
    public void A_tie_with_a_kind_of_power_reaches_the_powers_named_after_including()
    {
        var claims = BundledPipeline.Read("# Kazakhstan's foreign policy\n\nThis is evident in Kazakhstan establishing robust partnerships with regional and extra-regional powers apart from Russia, including China, Turkey, Iran, India and the West.").Claims;

        foreach (var power in new[] { "china", "turkey", "iran", "india" })
            Assert.Contains(claims, c => c.Subject == "kazakhstan" && c.Object == power && !c.Relation.IsHostile() && c.Polarity == Polarity.Asserts);
    }

    [Fact]
    public void A_tie_with_a_kind_of_power_that_names_no_example_still_reaches_no_one_else()
    {
        var claims = BundledPipeline.Read("# Kazakhstan's foreign policy\n\nKazakhstan seeks partnerships with regional powers, and Russia remains wary.").Claims;

        Assert.DoesNotContain(claims, c => c.Object == "russia" && c.Subject == "kazakhstan" && !c.Relation.IsHostile());
    }

    [Fact]
    public void An_actor_first_named_in_a_fronted_phrase_is_read_where_the_subjects_clause_names_it_again()
    {
        var claims = BundledPipeline.Read("# Papua New Guinea's partners\n\nAmid strategic competition between China and the US in the region, PNG in May signed a defense deal with the US to upgrade its military bases, and is boosting trade ties with China.").Claims;

        Assert.Contains(claims, c => c.Subject == "papua-new-guinea" && c.Object == "china" && !c.Relation.IsHostile() && c.Polarity == Polarity.Asserts);
    }

    [Fact]
    public void A_comma_that_lists_inside_a_fronted_phrase_does_not_close_it()
    {
        var claims = BundledPipeline.Read("# Venezuela's backers\n\nFollowing the initial U.S. deployment in the Caribbean, attacks on suspected drug-running vessels, and threats from Trump, Cuba reaffirmed its total support for Venezuela.").Claims;

        Assert.DoesNotContain(claims, c => c.Relation.IsHostile() && (c.Subject == "cuba" || c.Object == "cuba"));
    }

    [Fact]
    public void Fighting_alongside_an_army_that_others_were_drafted_into_is_not_the_subjects()
    {
        var claims = BundledPipeline.Read("# The Arakan Army\n\nThe ethnic Buddhist militia seems set to establish its own state and many fear that the Arakan Army might take revenge against Rohingya after some were drafted, often forcibly, to fight alongside Myanmar’s regular army.").Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "arakan-army" && c.Object == "myanmar" && !c.Relation.IsHostile());
    }
}
