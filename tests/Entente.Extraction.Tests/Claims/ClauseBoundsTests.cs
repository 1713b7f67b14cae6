namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Real prose where a name stands near a cue but in another clause or role: a relative clause before the main verb, a clause
/// a subordinating word opens after a tie noun, one struck beside the doers, a fight verb right after "helps", and a fronted participle.
/// </summary>
public sealed class ClauseBoundsTests
{
    [Fact]
    public void Names_in_a_relative_clause_before_the_verb_are_not_its_doers()
    {
        var claims = BundledPipeline.Read("# Romania seeks to expand Black Sea mission\n\nRomania called on its allies to expand the mission. The three countries, which share the Black Sea with Ukraine, Russia, and Georgia, established the demining mission last year.").Claims;

        Assert.DoesNotContain(claims, c => c.Object == "romania" && c.Subject is "ukraine" or "russia" or "georgia");
        Assert.DoesNotContain(claims, c => c.Subject == "romania" && c.Object is "ukraine" or "russia" or "georgia");
    }

    [Fact]
    public void A_name_in_a_clause_after_a_tie_noun_is_not_its_counterpart()
    {
        var claims = BundledPipeline.Read("# Somalia\n\nMogadishu rallies its friends after Israel recognises Somaliland.").Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "somalia" && c.Object is "israel" or "somaliland");
        Assert.Contains(claims, c => c.Subject == "israel" && c.Object == "somaliland");
    }

    [Fact]
    public void One_helped_to_repel_is_a_foe_and_one_it_is_done_with_strikes_beside()
    {
        var claims = BundledPipeline.Read("# Jordan\n\nJordan helped repel Iran with the United States.").Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "jordan" && c.Object == "iran" && !c.Relation.IsHostile());
        Assert.Contains(claims, c => c.Subject == "jordan" && c.Object == "iran" && c.Relation.IsHostile());
        Assert.DoesNotContain(claims, c => c.Subject == "jordan" && c.Object == "united-states" && c.Relation.IsHostile());
        Assert.Contains(claims, c => c.Subject == "united-states" && c.Object == "iran" && c.Relation.IsHostile());
    }

    [Fact]
    public void A_fronted_participle_clause_names_no_doer_of_the_main_verb()
    {
        var claims = BundledPipeline.Read("# Jordan\n\nSidestepping tensions with Israel, Jordan helps repel Iran.").Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "israel" && c.Object == "iran");
        Assert.Contains(claims, c => c.Subject == "jordan" && c.Object == "iran" && c.Relation.IsHostile());
    }

    [Fact]
    public void Acting_in_coordination_with_a_state_is_a_partnership()
    {
        var claims = BundledPipeline.Read("# Jordan\n\nJordan defended its own airspace in coordination with the United States.").Claims;

        Assert.Contains(claims, c => c.Subject == "jordan" && c.Object == "united-states" && !c.Relation.IsHostile() && c.Polarity == Polarity.Asserts);
    }
}
