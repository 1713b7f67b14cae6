namespace Entente;

/// <summary>Which way a directed relation points, seen from the subject.</summary>
public enum RelationRole
{
    /// <summary>The pair is unordered (allies, rivals).</summary>
    Mutual,

    /// <summary>The subject is the sponsor, mediator or member: subject → other.</summary>
    SubjectActs,

    /// <summary>The other actor is the sponsor, mediator or member: other → subject.</summary>
    OtherActs,
}

public static class RelationRoles
{
    private static readonly WireNames<RelationRole> Names = new(
        (RelationRole.Mutual, "mutual"), (RelationRole.SubjectActs, "subject_acts"), (RelationRole.OtherActs, "other_acts"));

    public static string ToWire(this RelationRole role) => Names.ToWire(role);
}
