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
            Blocks = ScrubAll(blocks),
            Publisher = raw.Publisher is { } publisher ? PersonalDataScrubber.Scrub(publisher) : null,
            Warnings = warnings.Count == 0 ? warnings : warnings.Distinct().ToList(),
        };
    }

    /// <summary>The blocks scrubbed in place: the list is the filter's own, made for this document.</summary>
    private static List<TextBlock> ScrubAll(List<TextBlock> blocks)
    {
        // The rows of a table share one list of headers: it is scrubbed once, not once a row.
        IReadOnlyList<string>? lastHeaders = null;
        List<string>? lastScrubbed = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!ReferenceEquals(block.Headers, lastHeaders))
            {
                lastHeaders = block.Headers;
                lastScrubbed = Scrub(block.Headers);
            }
            blocks[i] = Scrub(block, lastScrubbed);
        }
        return blocks;
    }

    // Most blocks hold no personal data: those are kept as they are rather than copied.
    private static TextBlock Scrub(TextBlock block, List<string>? headers)
    {
        var text = PersonalDataScrubber.Scrub(block.Text);
        var cells = Scrub(block.Cells);
        if (ReferenceEquals(text, block.Text) && cells is null && headers is null)
            return block;
        return block with { Text = text, Cells = cells ?? block.Cells, Headers = headers ?? block.Headers };
    }

    /// <summary>The texts scrubbed, or null when none of them changed.</summary>
    private static List<string>? Scrub(IReadOnlyList<string> texts)
    {
        List<string>? scrubbed = null;
        for (var i = 0; i < texts.Count; i++)
        {
            var text = PersonalDataScrubber.Scrub(texts[i]);
            if (scrubbed is null && !ReferenceEquals(text, texts[i]))
                scrubbed = [.. texts.Take(i)];
            scrubbed?.Add(text);
        }
        return scrubbed;
    }
}
