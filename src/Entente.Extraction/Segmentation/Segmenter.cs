using Entente.Extraction.Documents;

namespace Entente.Extraction.Segmentation;

/// <summary>
/// Cuts a cleaned document into the units claims are read from. Headings are not units: they go on
/// every unit below them until a heading of their level or above closes them. A list item or a
/// table row is one unit; a paragraph gives one unit per sentence. Any unit longer than
/// <see cref="SegmenterOptions.MaxUnitLength"/> is cut. Holds no state between calls, so one
/// instance serves every document on every thread.
/// </summary>
public sealed class Segmenter
{
    private readonly SegmenterOptions _options;

    public Segmenter(SegmenterOptions? options = null)
    {
        _options = options ?? SegmenterOptions.Default;
        if (_options.MaxUnitLength < 1)
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxUnitLength, "The longest unit must be at least one character.");
    }

    /// <summary>The units of <paramref name="document"/> in reading order; <see cref="Unit.Start"/> is an offset into <see cref="CleanDocument.Text"/>.</summary>
    public IReadOnlyList<Unit> Split(CleanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var units = new List<Unit>();
        var headings = new HeadingStack();
        var sentences = new List<(int Start, int End)>();
        var blockStart = 0;
        foreach (var block in document.Blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    if (!string.IsNullOrWhiteSpace(block.Text))
                        headings.Enter(block.Level, block.Text.Trim());
                    break;
                case BlockKind.Paragraph:
                    sentences.Clear();
                    SentenceSplitter.Split(block.Text, sentences);
                    foreach (var (start, end) in sentences)
                        Add(units, block, blockStart, start, end, headings.Current);
                    break;
                default:
                    Add(units, block, blockStart, 0, block.Text.Length, headings.Current);
                    break;
            }
            blockStart += block.Text.Length + CleanDocument.BlockSeparator.Length;
        }
        return units;
    }

    private void Add(List<Unit> units, TextBlock block, int blockStart, int start, int end, IReadOnlyList<string> headings)
    {
        // Nearly every unit fits: it is trimmed and added as the limiter would, without starting an iterator.
        if (end - start <= _options.MaxUnitLength)
        {
            var (trimmedStart, trimmedEnd) = Spans.Trim(block.Text, start, end);
            if (trimmedEnd > trimmedStart)
                units.Add(new Unit(blockStart + trimmedStart, block.Text[trimmedStart..trimmedEnd], block, headings));
            return;
        }
        foreach (var (pieceStart, pieceEnd) in UnitLimiter.Split(block.Text, start, end, _options.MaxUnitLength))
            units.Add(new Unit(blockStart + pieceStart, block.Text[pieceStart..pieceEnd], block, headings));
    }
}
