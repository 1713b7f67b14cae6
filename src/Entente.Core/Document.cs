namespace Entente;

/// <summary>
/// A document that was read into claims: its cleaned text (what quotes point into), the hash that
/// makes ingesting it twice a no-op, and the source that stands for it in answers.
/// </summary>
public sealed record Document(string ContentHash, string SourceId, string Text)
{
    public string? Path { get; init; }
    public string? Title { get; init; }
    public PartialDate? Published { get; init; }
    public string? Url { get; init; }

    /// <summary>The extractor and its version that produced the document's claims.</summary>
    public string Extractor { get; init; } = "unknown";
}

/// <summary>A name the gazetteer did not know, found near a relation cue; kept for an analyst to decide on.</summary>
public sealed record ActorCandidate(string Id, string Name)
{
    public string? Quote { get; init; }
}
