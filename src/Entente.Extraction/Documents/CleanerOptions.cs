namespace Entente.Extraction.Documents;

/// <summary>Limits that keep cleaning bounded on pathological input.</summary>
public sealed record CleanerOptions
{
    public static CleanerOptions Default { get; } = new();

    /// <summary>
    /// Start tags nested deeper than this are ignored while parsing (the HTML tree builder slows
    /// down with the depth), and deeper markup is read as flat text, so a page of 100,000 nested
    /// divs neither hangs nor exhausts the stack; its words are kept.
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Blocks past this are dropped and the document says so in its warnings.</summary>
    public int MaxBlocks { get; init; } = 20_000;

    /// <summary>
    /// Malformed markup can make HTML parsing slow even with the depth limit; past this time parsing
    /// stops, the part read so far is kept and the document says so in its warnings, rather than
    /// holding an ingest hostage.
    /// </summary>
    public TimeSpan ParseTimeout { get; init; } = TimeSpan.FromSeconds(30);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDepth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxBlocks);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ParseTimeout, TimeSpan.Zero);
    }
}
