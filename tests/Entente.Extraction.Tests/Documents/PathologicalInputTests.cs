using Entente.Extraction.Documents;
using static Entente.Extraction.Tests.Documents.Cleaning;

namespace Entente.Extraction.Tests.Documents;

/// <summary>
/// Inputs that once made parsers hang or crash. The deadline only guards against a hang (far above
/// what any of these needs); speed is measured by the benchmarks, not here.
/// </summary>
public sealed class PathologicalInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private static Task<CleanDocument> CleanAsync(string text, DocumentFormat format, DocumentCleaner? cleaner = null) =>
        Task.Run(() => (cleaner ?? Cleaner).Clean(text, format)).WaitAsync(HangGuard);

    [Fact]
    public async Task A_hundred_thousand_nested_divs_keep_their_text_and_say_the_tags_were_ignored()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Iran backs Hezbollah." + string.Concat(Enumerable.Repeat("</div>", 100_000));
        var document = await CleanAsync(html, DocumentFormat.Html);
        Assert.Equal("Iran backs Hezbollah.", document.Text);
        Assert.Contains(document.Warnings, w => w.Contains("nested deeper than 256 levels", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fifty_thousand_unclosed_bold_tags_keep_every_word()
    {
        var html = "<p>" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"<b class=c{i}>w "));
        var document = await CleanAsync(html, DocumentFormat.Html);
        Assert.Equal(50_000, document.Text.Split(' ').Length);
        Assert.NotEmpty(document.Warnings);
    }

    [Fact]
    public async Task Thousands_of_unclosed_paragraphs_and_list_items_on_an_ordinary_page_lose_nothing()
    {
        var html = "<body>" + string.Concat(Enumerable.Range(0, 3_000).Select(i => $"<p>Paragraph {i}<ul><li>item {i}</ul>"));
        var document = await CleanAsync(html, DocumentFormat.Html);
        Assert.Equal(6_000, document.Blocks.Count);
        Assert.Empty(document.Warnings);
    }

    [Theory]
    [InlineData(DocumentFormat.PlainText)]
    [InlineData(DocumentFormat.Markdown)]
    [InlineData(DocumentFormat.Html)]
    public async Task A_twenty_megabyte_single_line_is_one_block(DocumentFormat format)
    {
        var line = string.Concat(Enumerable.Repeat("Iran funds the Houthis ", 20 * 1024 * 1024 / 23));
        var document = await CleanAsync(line, format);
        var block = Assert.Single(document.Blocks);
        Assert.Equal(line.TrimEnd(), block.Text);
    }

    [Fact]
    public async Task A_line_full_of_unpaired_markdown_marks_is_kept_as_written()
    {
        var line = string.Concat(Enumerable.Repeat("*a _b [c `d ", 200_000)).TrimEnd();
        var document = await CleanAsync(line, DocumentFormat.Markdown);
        Assert.Equal(line, document.Text);
    }

    [Theory]
    [InlineData(DocumentFormat.PlainText)]
    [InlineData(DocumentFormat.Html)]
    public async Task Nul_bytes_and_control_characters_are_removed_with_a_warning(DocumentFormat format)
    {
        var document = await CleanAsync("Iran\0 backs\u0001 Hezbollah\u001B.", format);
        Assert.Equal("Iran backs Hezbollah.", document.Text);
        Assert.Equal(["3 control characters (such as NUL bytes) were removed"], document.Warnings);
    }

    [Fact]
    public async Task Broken_entities_are_read_as_far_as_they_make_sense()
    {
        var document = await CleanAsync("<p>Iran &amp Syria &#xZZ; &bogus; &#9999999999; &lt;b</p>", DocumentFormat.Html);
        Assert.StartsWith("Iran & Syria &#xZZ; &bogus;", document.Text);
        Assert.EndsWith("<b", document.Text);
    }

    [Fact]
    public async Task A_parse_past_its_deadline_stops_keeps_what_it_read_and_says_so()
    {
        var impatient = new DocumentCleaner(new CleanerOptions { ParseTimeout = TimeSpan.FromTicks(1) });
        var html = "<body>" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<p>Paragraph {i}.</p>"));
        var document = await CleanAsync(html, DocumentFormat.Html, impatient);
        Assert.InRange(document.Blocks.Count, 1, 4_999);
        Assert.Equal("Paragraph 0.", document.Blocks[0].Text);
        Assert.Contains(document.Warnings, w => w.StartsWith("parsing the HTML took longer than", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Blocks_past_the_limit_are_dropped_with_a_warning()
    {
        var limited = new DocumentCleaner(new CleanerOptions { MaxBlocks = 10 });
        var text = string.Join("\n\n", Enumerable.Range(0, 50).Select(i => $"Paragraph {i}."));
        var document = await CleanAsync(text, DocumentFormat.PlainText, limited);
        Assert.Equal(10, document.Blocks.Count);
        Assert.Contains(document.Warnings, w => w.Contains("more than 10 blocks", StringComparison.Ordinal));
    }

    [Fact]
    public void Impossible_limits_are_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentCleaner(new CleanerOptions { MaxDepth = 0 }));
    }
}
