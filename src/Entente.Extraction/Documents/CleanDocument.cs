namespace Entente.Extraction.Documents;

/// <summary>
/// A document reduced to its article: title, date and publisher when the page gives them, and the
/// blocks of text that matter, in reading order. <see cref="Text"/> is what is stored and what
/// quote offsets point into.
/// </summary>
public sealed record CleanDocument(string? Title, IReadOnlyList<TextBlock> Blocks)
{
    public const string BlockSeparator = "\n\n";

    public PartialDate? Date { get; init; }
    public string? Url { get; init; }
    public string? Publisher { get; init; }

    /// <summary>
    /// What the cleaner had to give up or work around on this document (markup too deep, blocks past
    /// the limit, a parse stopped at its deadline, control characters removed), in plain words.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public string Text => string.Join(BlockSeparator, Blocks.Select(b => b.Text));

    /// <summary>Where each block starts in <see cref="Text"/>.</summary>
    public IReadOnlyList<int> BlockStarts()
    {
        var starts = new int[Blocks.Count];
        var position = 0;
        for (var i = 0; i < Blocks.Count; i++)
        {
            starts[i] = position;
            position += Blocks[i].Text.Length + BlockSeparator.Length;
        }
        return starts;
    }
}
