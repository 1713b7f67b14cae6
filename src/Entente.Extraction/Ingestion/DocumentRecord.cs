namespace Entente.Extraction.Ingestion;

/// <summary>
/// Everything one ingested document adds to the database, ready for one transaction: the document,
/// the source that stands for it, its claims and the unknown organisations it names near cues.
/// </summary>
public sealed record DocumentRecord(Document Document, Source Source, IReadOnlyList<Claim> Claims, IReadOnlyList<ActorCandidate> Candidates)
{
    public string? Subject { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>
/// Where a document came from and how far to trust it. Ingested documents default to F6
/// (reliability cannot be judged, truth cannot be judged) until an analyst grades the source.
/// </summary>
public sealed record DocumentOrigin(string Name)
{
    public static Reliability DefaultReliability { get; } = Reliability.Parse("F6");

    public string? Path { get; init; }
    public string? Url { get; init; }
    public Reliability Reliability { get; init; } = DefaultReliability;

    /// <summary>Claims go in accepted (the analyst vouches for the document) instead of as candidates.</summary>
    public bool Accept { get; init; }
}
