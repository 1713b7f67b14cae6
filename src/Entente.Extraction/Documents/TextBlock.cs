namespace Entente.Extraction.Documents;

/// <summary>What a block of a cleaned document is: structure the segmenter and the claim finder use.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    TableRow,
}

/// <summary>
/// One block of a cleaned document: a heading (with its level), a paragraph, a list item, or a table
/// row (its cells, and the header cells of its table when there are any).
/// </summary>
public sealed record TextBlock(BlockKind Kind, string Text)
{
    /// <summary>1–6 for headings; 0 otherwise.</summary>
    public int Level { get; init; }

    public IReadOnlyList<string> Cells { get; init; } = [];

    public IReadOnlyList<string> Headers { get; init; } = [];
}
