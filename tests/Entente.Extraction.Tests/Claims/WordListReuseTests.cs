using System.Runtime.CompilerServices;
using Entente.Extraction.Claims;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Tests.Claims;

/// <summary>The per-thread word list units are split into, the small Word it holds, and the tables the splitters read.</summary>
public sealed class WordListReuseTests
{
    private static readonly CueLexicon Lexicon = CueLexicon.Embedded();

    [Fact]
    public void A_refilled_unit_list_gets_the_cues_of_its_new_words()
    {
        var first = Words.OfUnit("Russia backs Syria.");
        Assert.Equal(["backs"], Lexicon.CuesIn(first).Select(c => first[c.Index].Lower));

        // Same instance, same length: only the refill count tells the cue cache it holds another unit.
        var second = Words.OfUnit("Oil prices rose.");

        Assert.Same(first, second);
        Assert.Empty(Lexicon.CuesIn(second));
        Assert.False(Lexicon.AnyCuePhrase(second));
    }

    [Fact]
    public void A_refilled_unit_list_gets_the_unasserted_answers_of_its_new_words()
    {
        var wished = Words.OfUnit("Iran wants a partnership with Russia.");
        Assert.True(UnassertedCues.Unasserted(wished, 3, 1));

        // Same instance, same length, same cue place: the kept answers are the other unit's.
        var made = Words.OfUnit("Iran signs a partnership with Russia.");

        Assert.Same(wished, made);
        Assert.Equal("partnership", made[3].Lower);
        Assert.False(UnassertedCues.Unasserted(made, 3, 1));
    }

    [Fact]
    public void A_unit_of_many_short_words_keeps_the_room_the_list_has()
    {
        var roomy = (List<Word>)Words.OfUnit(string.Join(' ', Enumerable.Range(0, 400).Select(i => $"word{i}")));
        var capacity = roomy.Capacity;

        // Marks close together hold more words than the list is first given room for.
        var dense = (List<Word>)Words.OfUnit("a,b,c,d,e,f,g,h,i,j,k,l");

        Assert.Same(roomy, dense);
        Assert.Equal(23, dense.Count);
        Assert.Equal(capacity, dense.Capacity);
    }

    [Fact]
    public void A_unit_list_splits_as_a_fresh_list_does()
    {
        const string text = "Türkiye’s envoy\u00A0met U.S. officials;\ta 3.5% rise\u001Fin Kata'ib ties…";

        var fresh = Words.Of(text).Select(w => (w.Start, w.End, w.Text, w.Lower, w.Id)).ToList();
        var reused = Words.OfUnit(text).Select(w => (w.Start, w.End, w.Text, w.Lower, w.Id)).ToList();

        Assert.Equal(fresh, reused);
        Assert.Equal(["Türkiye", "’s", "envoy", "met", "U.S", ".", "officials", ";", "a", "3.5", "%", "rise", "\u001F", "in", "Kata'ib", "ties", "…"],
            reused.Select(w => w.Text));
        Assert.Equal("'s", reused[1].Lower);
    }

    [Fact]
    public void A_long_unit_after_a_short_one_keeps_every_word()
    {
        Words.OfUnit("Short.");
        var text = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"w{i},"));

        var words = Words.OfUnit(text);

        Assert.Equal(6000, words.Count);
        Assert.Equal("w2999", words[5998].Text);
        Assert.Equal(text.Length - 1, words[^1].Start);
    }

    [Fact]
    public void A_word_is_sixteen_bytes_and_ends_where_its_text_does()
    {
        var word = new Word(3, 7, "Iran", "iran");

        Assert.Equal(16, Unsafe.SizeOf<Word>());
        Assert.Equal((3, 7, "Iran", "iran"), (word.Start, word.End, word.Text, word.Lower));
        Assert.Throws<ArgumentException>(() => new Word(3, 9, "Iran", "iran"));
    }

    [Theory]
    [InlineData('Ş', "s")]
    [InlineData('ß', "ss")]
    [InlineData('Æ', "ae")]
    [InlineData('Ж', "ж")]
    [InlineData('É', "e")]
    public void A_letter_folds_to_its_plain_lowercase(char letter, string plain)
    {
        Span<char> key = stackalloc char[4];
        var length = 0;

        Assert.True(LetterFolding.Append(letter, key, ref length));
        Assert.Equal(plain, key[..length].ToString());
    }
}
