using Entente.Extraction.Documents;
using static Entente.Extraction.Tests.Documents.Cleaning;

namespace Entente.Extraction.Tests.Documents;

/// <summary>The two steps as the ingest runs them: read a file, then clean what was read.</summary>
public sealed class ReadAndCleanTests
{
    [Fact]
    public void A_text_file_with_a_pasted_table_keeps_its_prose_its_rows_and_its_header_metadata()
    {
        var read = Assert.IsType<ReadResult.Read>(new DocumentReader().Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Documents", "pasted-table.txt")));
        Assert.Equal(DocumentFormat.PlainText, read.Format);

        var document = Cleaner.Clean(read.Text, read.Format);
        Assert.Equal("Iran's partners at a glance", document.Title);
        Assert.Equal(new PartialDate(2025, 6, 1), document.Date);
        Assert.Equal(
        [
            "Heading1: Iran's Partners",
            "Paragraph: Iran has no formal treaty allies. The table below was copied from a briefing.",
            "TableRow: Hezbollah | Proxy | weapons, funding, training",
            "TableRow: Russia | Strategic partner | weapons, energy",
            "Paragraph: Questions? Write to [email].",
        ], Shape(document));
        Assert.All(document.Blocks.Where(b => b.Kind == BlockKind.TableRow), row => Assert.Equal(["Actor", "Type of relationship", "Main areas"], row.Headers));
    }

    [Fact]
    public void Quote_offsets_point_into_the_text_block_by_block()
    {
        var document = Html(Fixture("messy-article.html"));
        var starts = document.BlockStarts();
        for (var i = 0; i < document.Blocks.Count; i++)
            Assert.Equal(document.Blocks[i].Text, document.Text.Substring(starts[i], document.Blocks[i].Text.Length));
    }
}
