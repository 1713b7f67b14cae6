namespace Entente;

/// <summary>
/// The relation between a subject and another actor as of a date, computed from accepted claims.
/// Computed, never edited by hand.
/// </summary>
public sealed record Assessment(
    string SubjectId,
    Actor Other,
    RelationType Type,
    RelationRole Role,
    IReadOnlyList<Area> Areas,
    double Score,
    double Confidence,
    Tier Tier,
    bool Contested,
    PartialDate? Since,
    PartialDate? Until,
    IReadOnlyList<WeighedClaim> Claims)
{
    /// <summary>Set when sources read the relation differently, or one denies what others assert.</summary>
    public Dispute? Dispute { get; init; }

    public bool IsFormer => Tier == Tier.Former;
}

/// <summary>A claim with the weight the scoring model gave it, and its source.</summary>
public sealed record WeighedClaim(Claim Claim, Source Source, double Weight);

/// <summary>
/// A reading of a relation (<see cref="Statement"/>, e.g. "proxy") with the claims that support it
/// and the claims that assert a different reading or deny it.
/// </summary>
public sealed record Dispute(RelationType Statement, IReadOnlyList<WeighedClaim> For, IReadOnlyList<WeighedClaim> Against);
