namespace Entente;

/// <summary>Where a claim comes from: a page, a report, a dataset or an analyst.</summary>
public sealed record Source(string Id, string Title, string Publisher, Reliability Reliability)
{
    public string? Url { get; init; }
    public PartialDate? Published { get; init; }
    public DateOnly? Retrieved { get; init; }

    /// <summary>SHA-256 of the document's text, for documents that were ingested.</summary>
    public string? ContentHash { get; init; }
}
