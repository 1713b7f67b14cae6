using System.Text;
using Entente.Extraction.Documents;
using Entente.Extraction.Tests.Segmentation;

namespace Entente.Extraction.Tests.Documents;

/// <summary>
/// The shortcuts of the reading, cleaning and sentence paths (a buffer kept between files, range
/// searches in place of mixed character sets, cached lookups) give what the long way gives.
/// </summary>
public sealed class FastPathTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("entente-fastpath-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_small_file_read_after_a_large_one_holds_only_its_own_bytes()
    {
        var reader = new DocumentReader();
        var large = string.Concat(Enumerable.Repeat("Iran backs Hezbollah with weapons and money. ", 400));
        Assert.Equal(large, Assert.IsType<ReadResult.Read>(reader.Read(Write("large.txt", large))).Text);
        Assert.Equal("Russia.", Assert.IsType<ReadResult.Read>(reader.Read(Write("small.txt", "Russia."))).Text);
        Assert.Equal(large, Assert.IsType<ReadResult.Read>(reader.Read(Path.Combine(folder, "large.txt"))).Text);
    }

    [Theory]
    [InlineData('\u0001')]
    [InlineData('\u001B')]
    [InlineData('\u007F')]
    [InlineData('\u0085')]
    [InlineData('\u009F')]
    public void Text_full_of_control_characters_from_any_of_the_three_ranges_looks_binary(char control)
    {
        var text = string.Concat(Enumerable.Repeat($"Iran{control}", 400));
        var skipped = Assert.IsType<ReadResult.Skipped>(new DocumentReader().Read(Write("controls.txt", text)));
        Assert.Equal(SkipReason.Binary, skipped.Reason);
    }

    [Fact]
    public void Tabs_line_and_page_breaks_and_characters_just_outside_the_ranges_are_text()
    {
        var text = string.Concat(Enumerable.Repeat("Iran\t\v\f\r\n\u00A0é ", 400));
        Assert.IsType<ReadResult.Read>(new DocumentReader().Read(Write("breaks.txt", text)));
    }

    [Theory]
    [InlineData("“Iran” and\u00A0Russia — allies\u2009now", "“Iran” and Russia — allies now")]
    [InlineData("“Iran” and Russia — allies now", "“Iran” and Russia — allies now")]
    [InlineData("Tehran’s ally\u200B Moscow", "Tehran’s ally Moscow")]
    [InlineData("é\u3000é", "é é")]
    public void Special_characters_after_a_curly_quote_are_still_collapsed(string text, string collapsed) =>
        Assert.Equal(collapsed, Whitespace.Collapse(text.AsSpan()));

    [Fact]
    public void Wide_and_ascii_stops_in_any_order_end_their_sentences() =>
        Assert.Equal(["Iran waited…", "Then it struck.", "Russia watched…", "Then it spoke!", "伊朗支持真主党。", "Done."],
            SentenceTests.Sentences("Iran waited… Then it struck. Russia watched… Then it spoke! 伊朗支持真主党。Done."));

    [Fact]
    public void Every_name_looked_up_comes_back_with_its_own_text_and_flags_when_many_share_a_slot()
    {
        // 676 two-letter names cannot all have a slot of their own in the small table.
        var names = Enumerable.Range(0, 26 * 26).Select(i => $"{(char)('a' + i / 26)}{(char)('a' + i % 26)}").Append("table").Append("p").ToList();
        for (var round = 0; round < 2; round++)
        {
            foreach (var name in names)
            {
                var (pooled, flags) = NamePool.Lookup(name);
                Assert.Equal(name, pooled);
                Assert.Equal(TagFlagsOf.Name(name), flags);
            }
        }
    }

    [Fact]
    public void A_title_with_a_year_but_no_month_is_passed_over_for_the_date_line_below_it()
    {
        var document = new DocumentCleaner().Clean("Iran's partners in 2025\n\nAnalysis | Gulf Forum | 5 October 2025\n\nSaudi Arabia signed a pact with Pakistan.\n", DocumentFormat.PlainText);
        Assert.Equal(new PartialDate(2025, 10, 5), document.Date);
    }

    [Fact]
    public void A_page_tree_keeps_its_text_when_the_next_page_reuses_the_tokenizer_buffer()
    {
        var first = PageTreeBuilder.TryBuild("<html><body><p class=\"lead\">Iran backs Hezbollah &amp; Hamas.</p></body></html>", CleanerOptions.Default);
        var second = PageTreeBuilder.TryBuild("<html><body><p class=\"xxxx\">Russia backs Syria and its army!!</p></body></html>", CleanerOptions.Default);

        Assert.Equal("Iran backs Hezbollah & Hamas.", first!.Body.TextContent);
        Assert.Equal("lead", first.Body.ChildNodes[0].GetAttribute("class"));
        Assert.Equal("Russia backs Syria and its army!!", second!.Body.TextContent);
    }

    [Theory]
    [InlineData("Listen to this article")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Share this:")]
    public void Stock_lines_of_any_length_are_still_left_out(string stock)
    {
        var document = new DocumentCleaner().Clean($"Iran backs Hezbollah.\n\n{stock}\n\nRussia backs Syria.\n", DocumentFormat.PlainText);
        Assert.Equal(["Iran backs Hezbollah.", "Russia backs Syria."], document.Blocks.Select(b => b.Text));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
        return path;
    }
}
