using System.Globalization;

namespace Entente.Extraction.Documents;

/// <summary>
/// Reduces a document's text to what is worth reading for claims: the article of a web page, the
/// structure of a text or Markdown file (headings, list items, table rows with their headers),
/// without page furniture and without personal data of private persons. One instance serves any
/// number of documents on any number of threads; bad input gives warnings, never an exception.
/// </summary>
public sealed class DocumentCleaner
{
    private readonly CleanerOptions options;
    private readonly HtmlCleaner html;
    private readonly TextCleaner text;

    public DocumentCleaner(CleanerOptions? options = null)
    {
        this.options = options ?? CleanerOptions.Default;
        this.options.Validate();
        html = new HtmlCleaner(this.options);
        text = new TextCleaner(this.options, html);
    }

    public CleanDocument Clean(string text, DocumentFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var warnings = new List<string>();
        text = ControlCharacters.Remove(text, warnings);
        var raw = format == DocumentFormat.Html ? html.Clean(text, warnings) : this.text.Clean(text, warnings);
        var blocks = Boilerplate.Filter(raw.Blocks);
        if (blocks.Count > options.MaxBlocks)
        {
            blocks.RemoveRange(options.MaxBlocks, blocks.Count - options.MaxBlocks);
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"the document has more than {options.MaxBlocks:N0} blocks; the rest was dropped"));
        }
        return raw with
        {
            Title = raw.Title is { } title ? PersonalDataScrubber.Scrub(title) : null,
            Blocks = blocks.ConvertAll(Scrub),
            Publisher = raw.Publisher is { } publisher ? PersonalDataScrubber.Scrub(publisher) : null,
            Warnings = warnings.Distinct().ToList(),
        };
    }

    private static TextBlock Scrub(TextBlock block)
    {
        var scrubbed = block with { Text = PersonalDataScrubber.Scrub(block.Text) };
        if (block.Cells.Count > 0)
            scrubbed = scrubbed with { Cells = block.Cells.Select(PersonalDataScrubber.Scrub).ToList() };
        if (block.Headers.Count > 0)
            scrubbed = scrubbed with { Headers = block.Headers.Select(PersonalDataScrubber.Scrub).ToList() };
        return scrubbed;
    }
}
