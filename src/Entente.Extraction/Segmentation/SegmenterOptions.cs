namespace Entente.Extraction.Segmentation;

/// <summary>Limits of the segmenter.</summary>
public sealed record SegmenterOptions
{
    public static SegmenterOptions Default { get; } = new();

    /// <summary>
    /// The longest unit, in characters. A run-on sentence or a huge list item is cut at "; " or ", "
    /// (or, failing those, a space) so the claim finder never reads a page as one sentence.
    /// </summary>
    public int MaxUnitLength { get; init; } = 2_000;
}
