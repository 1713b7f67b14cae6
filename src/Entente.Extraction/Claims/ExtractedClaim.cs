namespace Entente.Extraction.Claims;

/// <summary>
/// A claim the extractor read from a document: who stands in what relation to whom, with the quoted
/// unit's offsets into the document text and the rule that found it (for review and evaluation).
/// </summary>
public sealed record ExtractedClaim(string Subject, string Object, RelationType Relation, int QuoteStart, int QuoteEnd, string Rule)
{
    public IReadOnlyList<Area> Areas { get; init; } = [];
    public bool Directed { get; init; }
    public Polarity Polarity { get; init; } = Polarity.Asserts;
    public bool Hedged { get; init; }
    public Validity Validity { get; init; } = Validity.Always;

    /// <summary>The same statement about the same pair, whatever the wording: used to merge duplicates.</summary>
    public (string, string, RelationType, Polarity) Key => Directed || string.CompareOrdinal(Subject, Object) < 0
        ? (Subject, Object, Relation, Polarity)
        : (Object, Subject, Relation, Polarity);
}
