namespace Entente;

/// <summary>
/// One statement a source makes about two actors: that <see cref="Subject"/> stands in
/// <see cref="Relation"/> to <see cref="Object"/> (or that it does not, when the polarity denies it),
/// with the areas of support it names, over a validity interval.
/// </summary>
public sealed record Claim(string Subject, string Object, string SourceId)
{
    public long Id { get; init; }

    /// <summary>Null when the claim names only areas of support ("X arms Y").</summary>
    public RelationType? Relation { get; init; }

    public IReadOnlyList<Area> Areas { get; init; } = [];

    /// <summary>Whether direction means something (sponsor → proxy); otherwise the pair is unordered.</summary>
    public bool Directed { get; init; }

    public Polarity Polarity { get; init; } = Polarity.Asserts;

    /// <summary>The source itself hedges ("reportedly", "is said to").</summary>
    public bool Hedged { get; init; }

    public Validity Validity { get; init; } = Validity.Always;

    /// <summary>The passage of an ingested document that carries the claim, and where it is.</summary>
    public string? Quote { get; init; }

    public int? QuoteStart { get; init; }
    public int? QuoteEnd { get; init; }

    /// <summary>For the bundled knowledge: one line in our own words of what the source supports.</summary>
    public string? Note { get; init; }

    /// <summary>The extractor and its version, "bundled-data", or "analyst:NAME".</summary>
    public string ProducedBy { get; init; } = "unknown";

    public ClaimStatus Status { get; init; } = ClaimStatus.Candidate;

    /// <summary>The predicate as DESIGN names it: a relation type, or the first area of support.</summary>
    public string Predicate => Relation?.ToWire() ?? (Areas.Count > 0 ? Areas[0].ToWire() : "support");

    public bool Involves(string actorId) => Subject == actorId || Object == actorId;

    public string Other(string actorId) => Subject == actorId ? Object : Subject;
}

public enum Polarity
{
    Asserts,
    Denies,
}

public enum ClaimStatus
{
    Candidate,
    Accepted,
    Rejected,
}

public static class ClaimVocabulary
{
    private static readonly WireNames<Polarity> PolarityNames = new((Polarity.Asserts, "asserts"), (Polarity.Denies, "denies"));

    private static readonly WireNames<ClaimStatus> StatusNames = new(
        (ClaimStatus.Candidate, "candidate"), (ClaimStatus.Accepted, "accepted"), (ClaimStatus.Rejected, "rejected"));

    public static string ToWire(this Polarity polarity) => PolarityNames.ToWire(polarity);

    public static Polarity ParsePolarity(string text) => PolarityNames.Parse(text, "polarity");

    public static string ToWire(this ClaimStatus status) => StatusNames.ToWire(status);

    public static bool TryParseStatus(string? text, out ClaimStatus status) => StatusNames.TryParse(text, out status);

    public static ClaimStatus ParseStatus(string text) => StatusNames.Parse(text, "claim status");
}
