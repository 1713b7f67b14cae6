namespace Entente.Extraction.Documents;

/// <summary>Limits that keep cleaning bounded on pathological input.</summary>
public sealed record CleanerOptions
{
    public static CleanerOptions Default { get; } = new();

    /// <summary>
    /// Markup nested deeper than this is read as flat text instead of being walked, so a page of
    /// 100,000 nested divs cannot exhaust the stack; its words are kept.
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Blocks past this are dropped and the document says so in its warnings.</summary>
    public int MaxBlocks { get; init; } = 20_000;

    /// <summary>
    /// Some malformed markup (thousands of unclosed formatting tags) makes HTML parsing quadratic;
    /// past this time the page is given up with a warning rather than holding an ingest hostage.
    /// </summary>
    public TimeSpan ParseTimeout { get; init; } = TimeSpan.FromSeconds(30);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDepth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxBlocks);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ParseTimeout, TimeSpan.Zero);
    }
}
