using Entente.Extraction.Documents;
using Entente.Extraction.Segmentation;

namespace Entente.Extraction.Tests.Segmentation;

/// <summary>How a paragraph is cut into sentences: where a full stop ends one and where it does not.</summary>
public sealed class SentenceTests
{
    private static readonly Segmenter Segmenter = new();

    internal static string[] Sentences(string paragraph) =>
        Segmenter.Split(new CleanDocument(null, [new TextBlock(BlockKind.Paragraph, paragraph)])).Select(u => u.Text).ToArray();

    [Fact]
    public void Full_stops_question_marks_and_exclamation_marks_end_sentences() =>
        Assert.Equal(["Iran armed Hezbollah.", "Did it fund Hamas?", "It did!", "The Houthis followed."],
            Sentences("Iran armed Hezbollah. Did it fund Hamas? It did! The Houthis followed."));

    [Theory]
    [InlineData("The U.S. and the U.K. imposed sanctions on Iran.")]
    [InlineData("The U.N. Security Council and the E.U. met.")]
    [InlineData("Gen. Qassem Soleimani led the Quds Force.")]
    [InlineData("Lt. Col. Ali Hajizadeh and Dr. Smith spoke to Mr. and Mrs. Jones.")]
    [InlineData("They met in St. Petersburg in Jan. 2024 and again in Sept. 2025.")]
    [InlineData("Acme Inc. and Globex Corp. sold drones to Iran.")]
    [InlineData("Israel vs. Hezbollah was the match-up.")]
    [InlineData("Partners, e.g. Hezbollah, and proxies, i.e. the groups it arms, differ.")]
    [InlineData("Resolution No. 2231 lifted some sanctions.")]
    [InlineData("The report by J. Smith and R. K. Jones was cited.")]
    [InlineData("Growth was 3.5 percent, down from 4.25 percent.")]
    [InlineData("Hamas, PIJ, etc. and other groups signed.")]
    [InlineData("The U.S.-backed forces advanced.")]
    [InlineData("See example.com for more.")]
    public void Abbreviations_initials_and_decimals_do_not_end_a_sentence(string sentence) =>
        Assert.Equal([sentence], Sentences(sentence));

    [Fact]
    public void A_full_stop_a_page_glued_to_the_next_sentence_still_ends_it() =>
        Assert.Equal(["It fights the Islamic State (IS).", "It is funded by the IRGC.", "Both deny it.", "Mr.Smith disagrees."],
            Sentences("It fights the Islamic State (IS).It is funded by the IRGC.Both deny it. Mr.Smith disagrees."));

    [Theory]
    [InlineData("They use ASP.NET and Node.JS daily.")]
    [InlineData("The U.S.Army trained them.")]
    [InlineData("Version 2.Five shipped.")]
    public void A_glued_full_stop_inside_a_name_or_after_an_abbreviation_ends_nothing(string sentence) =>
        Assert.Equal([sentence], Sentences(sentence));

    [Fact]
    public void A_citation_mark_after_the_full_stop_belongs_to_the_sentence_it_ends() =>
        Assert.Equal(["It balances the two giants.[2]", "Japan became a partner.[10][11]", "Talks went on [citation needed]."],
            Sentences("It balances the two giants.[2] Japan became a partner.[10][11] Talks went on [citation needed]."));

    [Fact]
    public void An_abbreviation_ends_a_sentence_when_the_next_word_opens_one()
    {
        Assert.Equal(["Iran was sanctioned by the U.S.", "The move angered Tehran."],
            Sentences("Iran was sanctioned by the U.S. The move angered Tehran."));
        Assert.Equal(["It armed Hamas, PIJ, etc.", "Iran denies it."], Sentences("It armed Hamas, PIJ, etc. Iran denies it."));
        Assert.Equal(["The deal was signed in Jan.", "It took effect later."], Sentences("The deal was signed in Jan. It took effect later."));
    }

    [Fact]
    public void A_capitalised_name_before_a_full_stop_is_not_an_abbreviation() =>
        Assert.Equal(["The Supreme Leader is Ayatollah Ali Khamenei.", "He backs the Axis of Resistance."],
            Sentences("The Supreme Leader is Ayatollah Ali Khamenei. He backs the Axis of Resistance."));

    [Fact]
    public void Closing_quotes_and_brackets_stay_with_the_sentence_they_close()
    {
        Assert.Equal(["He said: \"Iran is our ally.\"", "Then he left."], Sentences("He said: \"Iran is our ally.\" Then he left."));
        Assert.Equal(["Russia sold jets (Su-35s.)", "China bought oil."], Sentences("Russia sold jets (Su-35s.) China bought oil."));
        Assert.Equal(["“Is Iran an ally?”", "No."], Sentences("“Is Iran an ally?” No."));
        Assert.Equal(["It is “a proxy.”", "“Hezbollah is not,” he said."], Sentences("It is “a proxy.” “Hezbollah is not,” he said."));
    }

    [Fact]
    public void A_lower_case_word_after_an_end_mark_continues_the_sentence() =>
        Assert.Equal(["\"Why now?\" he asked, and \"what next!\" she said."],
            Sentences("\"Why now?\" he asked, and \"what next!\" she said."));

    [Fact]
    public void Ellipses_end_a_sentence_only_before_a_capital()
    {
        Assert.Equal(["Iran, Syria... and Russia.", "They met."], Sentences("Iran, Syria... and Russia. They met."));
        Assert.Equal(["Iran waited…", "Then it struck."], Sentences("Iran waited… Then it struck."));
        Assert.Equal(["Iran waited...", "Then it struck."], Sentences("Iran waited... Then it struck."));
    }

    [Fact]
    public void A_number_after_a_full_stop_starts_a_sentence_unless_an_abbreviation_wants_one()
    {
        Assert.Equal(["It ended in 2024.", "2025 began badly."], Sentences("It ended in 2024. 2025 began badly."));
        Assert.Equal(["See No. 5 and Sept. 11 and pp. 4-5 here."], Sentences("See No. 5 and Sept. 11 and pp. 4-5 here."));
        Assert.Equal(["Is it an ally?", "No.", "It is a partner."], Sentences("Is it an ally? No. It is a partner."));
    }

    [Fact]
    public void Wrapped_lines_inside_a_paragraph_read_as_one_sentence() =>
        Assert.Equal(["Iran has supplied Hezbollah with rockets and\nmissiles since the 1980s, and it funds the group.", "Syria was the corridor."],
            Sentences("Iran has supplied Hezbollah with rockets and\nmissiles since the 1980s, and it funds the group. Syria was the corridor."));

    [Fact]
    public void Line_breaks_end_sentences_before_bullets_blank_lines_and_after_short_labels()
    {
        Assert.Equal(["Allies:", "- Hezbollah", "- Hamas", "2) The Houthis"], Sentences("Allies:\n- Hezbollah\n- Hamas\n2) The Houthis"));
        Assert.Equal(["Iran backs Hamas", "Russia sells arms"], Sentences("Iran backs Hamas\n\nRussia sells arms"));
        Assert.Equal(["Key partners", "Russia and China back Iran."], Sentences("Key partners\nRussia and China back Iran."));
        Assert.Equal(["The allies:\nHezbollah and Hamas."], Sentences("The allies:\nHezbollah and Hamas."));
    }

    [Fact]
    public void A_number_or_letter_opening_a_paragraph_is_an_item_marker() =>
        Assert.Equal(["1. Hezbollah is the oldest proxy."], Sentences("1. Hezbollah is the oldest proxy."));

    [Fact]
    public void Scripts_without_spaces_after_sentences_still_split() =>
        Assert.Equal(["伊朗支持真主党。", "俄罗斯也是。"], Sentences("伊朗支持真主党。俄罗斯也是。"));

    [Fact]
    public void Question_marks_of_scripts_without_case_end_sentences() =>
        Assert.Equal(["هل إيران حليف؟", "نعم."], Sentences("هل إيران حليف؟ نعم."));

    [Fact]
    public void Runs_of_marks_and_line_breaks_give_units_no_longer_than_the_limit()
    {
        var dots = new string('.', 10_000);
        var units = Sentences(dots);
        Assert.All(units, u => Assert.True(u.Length <= SegmenterOptions.Default.MaxUnitLength));
        Assert.Equal(dots.Length, units.Sum(u => u.Length));
        Assert.Equal(500, Sentences(string.Concat(Enumerable.Repeat("Iran\n", 500))).Length);
    }

    [Fact]
    public void White_space_is_trimmed_and_empty_text_gives_no_sentence()
    {
        Assert.Equal(["Iran.", "Iraq."], Sentences("  Iran.   Iraq.  "));
        Assert.Empty(Sentences("   "));
        Assert.Empty(Sentences(""));
    }
}
