namespace Entente.Formats.Interchange.Export;

/// <summary>
/// One edge of the assessed graph as of a date: the relation the assessment engine computes for a
/// pair from its accepted claims. <see cref="SourceId"/> → <see cref="TargetId"/> is the direction
/// when <see cref="Directed"/> (sponsor → proxy, mediator → party, member → bloc); otherwise the pair
/// is unordered and written in id order.
/// </summary>
public sealed record AssessedRelation(
    string SourceId,
    string TargetId,
    bool Directed,
    RelationType Type,
    IReadOnlyList<Area> Areas,
    double Score,
    double Confidence,
    bool Contested,
    bool Former,
    PartialDate? Since,
    PartialDate? Until,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Source> Sources)
{
    /// <summary>A stable name for the edge: the pair and the type, as in "iran>hezbollah:proxy".</summary>
    public string Key => $"{SourceId}{(Directed ? ">" : "~")}{TargetId}:{Type.ToWire()}";
}
