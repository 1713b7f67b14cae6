using Entente.Extraction.Claims;

namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// The shortcuts of the phrase table and the spelling cache: the word after a first word rules phrases out
/// only when none of them can match, and a spelling is one instance however the splitter reads it.
/// </summary>
public sealed class PhraseLookupTests
{
    private static readonly PhraseTable<string> Table = new(
    [
        (["signed"], "signed"),
        (["signed", "a", "treaty"], "signed a treaty"),
        (["members", "besides", "*", "are"], "members besides"),
        (["at", "war", "with"], "at war with"),
        (["with", "*", "backing"], "with backing"),
    ]);

    private static List<(int Index, int Length, string Value)> Found(string text) => Table.FindAll(Words.Of(text));

    [Fact]
    public void The_longest_phrase_wins_and_a_one_word_phrase_still_matches_whatever_follows_its_word()
    {
        Assert.Equal([(1, 3, "signed a treaty")], Found("Iran signed a treaty with Russia"));
        Assert.Equal([(1, 1, "signed")], Found("Iran signed it"));
        Assert.Equal([(1, 1, "signed")], Found("Iran signed"));
    }

    [Fact]
    public void A_star_after_the_first_word_stands_for_any_word()
    {
        Assert.Equal([(0, 4, "members besides")], Found("members besides Russia are Armenia and Belarus"));
        Assert.Equal([(2, 3, "with backing")], Found("it fought with Iranian backing"));
    }

    [Fact]
    public void A_phrase_going_on_with_a_star_is_ruled_out_only_by_a_third_word_none_of_them_has()
    {
        var table = new PhraseTable<string>([(["the", "*", "branch", "of"], "branch"), (["the", "armed", "wing"], "wing"), (["a", "*", "*", "of"], "a two of")]);
        List<(int Index, int Length, string Value)> Found(string text) => table.FindAll(Words.Of(text));

        Assert.Equal([(3, 4, "branch")], Found("it was once the new branch of the movement"));
        Assert.Equal([(3, 3, "wing")], Found("it was once the armed wing"));
        // The word after the star is a quotation mark: the phrase reads past it.
        Assert.Equal([(0, 6, "branch")], Found("the new “branch” of Hamas"));
        Assert.Equal([(0, 6, "branch")], Found("the “new” branch of Hamas"));
        // A star in the third place lets any third word through.
        Assert.Equal([(0, 4, "a two of")], Found("a few more of them"));
        Assert.Empty(Found("the new wing of Hamas"));
        Assert.Empty(Found("it is the new"));
    }

    [Fact]
    public void A_phrase_is_found_only_where_all_its_words_follow()
    {
        Assert.Equal([(3, 3, "at war with")], Found("the two were at war with each other"));
        Assert.Empty(Found("the two were at peace"));
        Assert.Empty(Found("the two were at"));
        Assert.Empty(Found("the talks were held at"));
    }

    [Fact]
    public void Words_split_before_a_table_numbered_its_words_are_matched_by_their_text()
    {
        // Split first: the made-up words are numbered only by the table below, after these words were read.
        var words = Words.Of("Qorvath zintrek the accord");
        var table = new PhraseTable<string>([(["qorvath", "zintrek"], "pair"), (["zintrek", "the"], "second")]);

        Assert.Equal([(0, 2, "pair")], table.FindAll(words));
        Assert.Equal([(1, 2, "second")], table.FindAll(words, 1));
    }

    [Theory]
    [InlineData("Iran said that Iran's army would stay", 0, 3)]
    [InlineData("Azerbaijan said that Azerbaijan's army would stay", 0, 3)]
    [InlineData("Iran's army said that Iran would stay", 5, 0)]
    [InlineData("Azerbaijan's army said that Azerbaijan would stay", 5, 0)]
    public void A_spelling_read_whole_and_read_before_a_possessive_is_one_instance(string text, int whole, int beforePossessive)
    {
        // The first is read sixteen characters at a time, the second letter by letter: both must hash alike to find one entry.
        var words = Words.Of(text);

        Assert.Equal("'s", words[beforePossessive + 1].Lower);
        Assert.Same(words[whole].Text, words[beforePossessive].Text);
        Assert.Same(words[whole].Lower, words[beforePossessive].Lower);
    }
}
