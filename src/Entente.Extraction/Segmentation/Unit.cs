using Entente.Extraction.Documents;

namespace Entente.Extraction.Segmentation;

/// <summary>
/// The unit claims are read from: a sentence, a list item or a table row, with its place in the
/// document's text and the headings above it ("Core regional allies" applies to the bullets below).
/// </summary>
public sealed record Unit(int Start, string Text, TextBlock Block, IReadOnlyList<string> Headings)
{
    public int End => Start + Text.Length;
}
