namespace Entente.Formats.Interchange.Export.Stix;

/// <summary>How our vocabulary maps onto STIX object and relationship types (docs/formats.md explains why).</summary>
public static class StixVocabulary
{
    /// <summary>
    /// Relationship types read "source TYPE target" in lowercase ASCII with hyphens, as STIX asks of
    /// custom types; directed ones point from the sponsor, mediator or member.
    /// </summary>
    public static string RelationshipType(RelationType type) => type switch
    {
        RelationType.FormalAlliance => "formal-ally-of",
        RelationType.Ally => "ally-of",
        RelationType.Proxy => "sponsors-proxy",
        RelationType.StrategicPartner => "strategic-partner-of",
        RelationType.EconomicPartner => "economic-partner-of",
        RelationType.PragmaticPartner => "pragmatic-partner-of",
        RelationType.Mediator => "mediates-for",
        RelationType.PartnerCompetitor => "partner-competitor-of",
        RelationType.Rival => "rival-of",
        RelationType.Adversary => "adversary-of",
        RelationType.MemberOf => "member-of",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No STIX name for this relation type."),
    };

    /// <summary>Armed groups are threat actors to the CTI tools that read STIX; everyone else is an identity.</summary>
    public static string ObjectType(ActorKind kind) => kind == ActorKind.NonStateArmedGroup ? "threat-actor" : "identity";

    /// <summary>identity_class from STIX's open vocabulary.</summary>
    public static string IdentityClass(ActorKind kind) => kind switch
    {
        ActorKind.PoliticalMovement => "group",
        _ => "organization",
    };

    /// <summary>Industry sectors from STIX's open vocabulary, where one fits the kind.</summary>
    public static string? Sector(ActorKind kind) => kind switch
    {
        ActorKind.State or ActorKind.Government or ActorKind.StateUnit => "government-national",
        _ => null,
    };
}
