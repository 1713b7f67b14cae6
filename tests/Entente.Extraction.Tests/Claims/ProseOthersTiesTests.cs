namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Ties between two others that a piece about a third actor names: a joined pair before its noun ("the U.S.-China
/// rivalry") and "the latter's" rivalry.
/// </summary>
public sealed class ProseOthersTiesTests
{
    private const string Title = "# Pakistan between two powers\n\nPakistan buys Chinese arms. Pakistan trades with the United States. ";

    [Fact]
    public void A_noun_after_a_joined_pair_is_the_pairs_tie()
    {
        var text = Title + "The speed with which the U.S.-China rivalry is growing, and the depth of U.S. distrust of Beijing, leave Pakistan exposed.";

        Assert.DoesNotContain("united-states", BundledPipeline.AdversariesOf("pakistan", text));
    }

    [Fact]
    public void The_latters_rivalry_is_the_last_named_actors()
    {
        var text = Title + "Pakistan should resist pressure to side with China in the latter's strategic rivalry with the United States.";

        Assert.DoesNotContain("united-states", BundledPipeline.AdversariesOf("pakistan", text));
    }
}
