using Entente.Extraction.Claims;

namespace Entente.Extraction.Tests.Claims;

/// <summary>The in-place narrowing the cue readers use for the list around a cue, and the readers' early answers.</summary>
public sealed class MentionListTests
{
    private static List<PlacedMention> Mentions() =>
        [new(0, 0, "iran"), new(2, 3, "syria"), new(5, 5, "russia"), new(7, 8, "china")];

    [Fact]
    public void Opening_from_keeps_the_mentions_that_open_there_or_later_in_order()
    {
        var list = Mentions();

        var kept = list.OpeningFrom(3);

        Assert.Same(list, kept);
        Assert.Equal(["russia", "china"], kept.Select(p => p.ActorId));
    }

    [Fact]
    public void Ending_before_keeps_the_mentions_that_end_before_the_index_in_order()
    {
        var kept = Mentions().EndingBefore(5);

        Assert.Equal(["iran", "syria"], kept.Select(p => p.ActorId));
    }

    [Fact]
    public void Narrowing_past_every_mention_leaves_an_empty_list()
    {
        Assert.Empty(Mentions().OpeningFrom(9));
        Assert.Empty(Mentions().EndingBefore(0));
    }

    [Fact]
    public void Components_of_a_unit_that_names_no_parts_are_none()
    {
        var words = Words.Of("Iran and Syria are close allies of Russia.");

        Assert.Empty(Components.Read(words, [new(0, 0, "iran"), new(2, 2, "syria"), new(7, 7, "russia")], null));
    }

    [Fact]
    public void Components_named_after_the_parts_of_a_whole_are_its_members()
    {
        var words = Words.Of("the factions inside the umbrella, among them Kataib Hezbollah and Badr");
        List<PlacedMention> placed = [new(8, 9, "kataib-hezbollah"), new(11, 11, "badr")];

        Assert.Equal([("kataib-hezbollah", "pmf"), ("badr", "pmf")], Components.Read(words, placed, "pmf"));
    }
}
