using Entente.Extraction.Claims;

namespace Entente.Extraction.Tests.Claims;

/// <summary>The work the claim readers share per unit: split words, spellings met before, cues found once.</summary>
public sealed class UnitReuseTests
{
    private static readonly CueLexicon Lexicon = CueLexicon.Embedded();

    [Fact]
    public void A_possessive_is_split_off_with_its_offsets()
    {
        var words = Words.Of("Iran's ally");

        Assert.Equal(["Iran", "'s", "ally"], words.Select(w => w.Text));
        Assert.Equal([(0, 4), (4, 6), (7, 11)], words.Select(w => (w.Start, w.End)));
    }

    [Fact]
    public void A_spelling_met_again_reuses_the_same_strings()
    {
        // The hash made while splitting must find the spelling stored the first time: a miss would store a new string.
        var words = Words.Of("Qatar's envoy met Qatar's partners; qatar");

        Assert.Same(words[0].Text, words[4].Text);
        Assert.Same(words[1].Text, words[5].Text);
        Assert.Same(words[0].Lower, words[8].Lower);
    }

    [Fact]
    public void A_punctuation_mark_met_again_reuses_the_same_string()
    {
        var words = Words.Of("Iran, Syria, and Russia (allies) - (partners)");
        var commas = words.Where(w => w.Text == ",").ToList();
        var openings = words.Where(w => w.Text == "(").ToList();

        Assert.Equal(2, commas.Count);
        Assert.Same(commas[0].Text, commas[1].Text);
        Assert.Same(openings[0].Lower, openings[1].Lower);
        Assert.Equal((4, 5), (commas[0].Start, commas[0].End));
    }

    [Fact]
    public void A_phrase_splits_the_same_whichever_string_instance_holds_it()
    {
        var header = "Type of Relationship";
        var copy = new string(header.AsSpan());

        var first = Words.Split(header);

        Assert.Same(first, Words.Split(header));
        Assert.Equal(first, Words.Split(copy));
        Assert.Equal(["type", "of", "relationship"], first);
    }

    [Fact]
    public void The_cues_of_a_unit_are_found_once_for_all_readers()
    {
        var words = Words.Of("Russia backs Syria and arms Iran.");

        var first = Lexicon.CuesIn(words);

        Assert.Same(first, Lexicon.CuesIn(words));
        Assert.Equal(["backs", "arms"], first.Select(c => words[c.Index].Lower));
    }

    [Fact]
    public void Another_list_of_the_same_words_gets_its_own_answer()
    {
        var words = Words.Of("Russia backs Syria.");
        var first = Lexicon.CuesIn(words);

        var again = Lexicon.CuesIn(Words.Of("Russia backs Syria."));

        Assert.NotSame(first, again);
        Assert.Equal(first, again);
    }

    [Fact]
    public void A_cue_dropped_for_want_of_its_needed_words_still_counts_as_a_cue_phrase()
    {
        var words = Words.Of("The ministry designated Tuesday a holiday.");

        Assert.Empty(Lexicon.CuesIn(words));
        Assert.True(Lexicon.AnyCuePhrase(words));
        Assert.False(Lexicon.AnyCuePhrase(Words.Of("The weather was fine.")));
    }

    [Fact]
    public void A_phrase_matches_the_same_in_any_kind_of_word_list()
    {
        var words = Words.Of("Iran fired missiles at Israel.");
        var asArray = words.ToArray();

        Assert.True(Lexicon.Cues.TryMatch(words, 1, out var fromList, out var listLength));
        Assert.True(Lexicon.Cues.TryMatch(asArray, 1, out var fromArray, out var arrayLength));
        Assert.Same(fromList, fromArray);
        Assert.Equal((3, 3), (listLength, arrayLength));
        Assert.Equal(Lexicon.Cues.FindAll(words), Lexicon.Cues.FindAll(asArray));
    }
}
