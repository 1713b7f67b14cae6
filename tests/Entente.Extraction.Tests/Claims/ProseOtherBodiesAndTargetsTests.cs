namespace Entente.Extraction.Tests.Claims;

/// <summary>Members of a body we do not know are not the subject's; the one an alliance is meant to contain is no party to it.</summary>
public sealed class ProseOtherBodiesAndTargetsTests
{
    [Fact]
    public void Members_of_an_unknown_body_named_before_the_verb_are_not_the_subject_blocs()
    {
        var text = "# The G7 in Hiroshima\n\nThe G7 leaders met in Hiroshima. The G20 also comprises Russia and China. The group comprises Canada and Japan.";

        var partners = BundledPipeline.PartnersOf("g7", text);

        Assert.DoesNotContain("russia", partners);
        Assert.DoesNotContain("china", partners);
        Assert.Contains("canada", partners);
    }

    [Fact]
    public void The_power_an_alliance_is_meant_to_contain_is_no_partner()
    {
        var text = "Five Eyes: The intelligence alliance looking to contain China\n\nThe Five Eyes share signals intelligence.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("five-eyes", text));
    }
}
