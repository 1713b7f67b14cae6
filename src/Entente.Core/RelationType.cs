namespace Entente;

/// <summary>The closed vocabulary of relations between two actors.</summary>
public enum RelationType
{
    FormalAlliance,
    Ally,
    Proxy,
    StrategicPartner,
    EconomicPartner,
    PragmaticPartner,
    Mediator,
    PartnerCompetitor,
    Rival,
    Adversary,
    MemberOf,
}

public static class RelationTypes
{
    private static readonly WireNames<RelationType> Names = new(
        (RelationType.FormalAlliance, "formal_alliance"),
        (RelationType.Ally, "ally"),
        (RelationType.Proxy, "proxy"),
        (RelationType.StrategicPartner, "strategic_partner"),
        (RelationType.EconomicPartner, "economic_partner"),
        (RelationType.PragmaticPartner, "pragmatic_partner"),
        (RelationType.Mediator, "mediator"),
        (RelationType.PartnerCompetitor, "partner_competitor"),
        (RelationType.Rival, "rival"),
        (RelationType.Adversary, "adversary"),
        (RelationType.MemberOf, "member_of"));

    public static IReadOnlyCollection<string> All => Names.All;

    public static string ToWire(this RelationType type) => Names.ToWire(type);

    public static bool TryParse(string? text, out RelationType type) => Names.TryParse(text, out type);

    public static RelationType Parse(string text) => Names.Parse(text, "relation type");

    /// <summary>Whether the relation reads one way (sponsor → proxy, mediator → party, member → group).</summary>
    public static bool IsDirectedByDefault(this RelationType type) =>
        type is RelationType.Proxy or RelationType.Mediator or RelationType.MemberOf;

    public static bool IsHostile(this RelationType type) => type is RelationType.Rival or RelationType.Adversary;

    /// <summary>
    /// Types in one class describe the same closeness in different words; sources that pick types
    /// from different classes disagree about the relation.
    /// </summary>
    public static RelationClass Class(this RelationType type) => type switch
    {
        RelationType.FormalAlliance or RelationType.Ally or RelationType.Proxy or RelationType.MemberOf => RelationClass.Aligned,
        RelationType.StrategicPartner => RelationClass.Partner,
        RelationType.Rival or RelationType.Adversary => RelationClass.Hostile,
        _ => RelationClass.Limited,
    };
}

public enum RelationClass
{
    Aligned,
    Partner,
    Limited,
    Hostile,
}
