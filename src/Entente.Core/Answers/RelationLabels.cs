namespace Entente.Answers;

/// <summary>The human label of a relation, seen from the subject ("Non-state proxy ally", "State sponsor").</summary>
public static class RelationLabels
{
    public static string For(RelationType type, RelationRole role, Actor other, bool isFormer)
    {
        var label = Current(type, role, other);
        return isFormer ? "Former " + char.ToLowerInvariant(label[0]) + label[1..] : label;
    }

    private static string Current(RelationType type, RelationRole role, Actor other) => type switch
    {
        RelationType.FormalAlliance => "Treaty ally",
        RelationType.Ally => other.Kind.IsNonState() ? "Non-state ally" : "Ally",
        RelationType.Proxy when role == RelationRole.OtherActs => other.Kind.IsCountry() ? "State sponsor" : "Sponsor",
        RelationType.Proxy => other.Kind.IsNonState() ? "Non-state proxy ally" : "Proxy",
        RelationType.MemberOf when role == RelationRole.OtherActs => "Member",
        RelationType.MemberOf => "Umbrella it belongs to",
        RelationType.StrategicPartner => other.GreatPower ? "Strategic great-power partner" : "Strategic partner",
        RelationType.EconomicPartner => "Economic partner",
        RelationType.PragmaticPartner => "Pragmatic partner",
        RelationType.Mediator when role == RelationRole.SubjectActs => "Party it mediates with",
        RelationType.Mediator => "Mediator",
        RelationType.PartnerCompetitor => "Mixed partner/competitor",
        RelationType.Rival => "Rival",
        _ => "Adversary",
    };

    /// <summary>A sentence stating the relation, for viewpoints: "Hamas is a proxy of Iran".</summary>
    public static string Statement(RelationType type, RelationRole role, string subject, string other) => type switch
    {
        RelationType.FormalAlliance => $"{subject} and {other} are bound by a mutual-defence alliance",
        RelationType.Proxy when role == RelationRole.OtherActs => $"{subject} is a proxy of {other}",
        RelationType.Proxy => $"{other} is a proxy of {subject}",
        RelationType.MemberOf when role == RelationRole.OtherActs => $"{other} is a member of {subject}",
        RelationType.MemberOf => $"{subject} is a member of {other}",
        RelationType.Ally => $"{other} is an ally of {subject}",
        RelationType.Adversary => $"{other} is an adversary of {subject}",
        RelationType.Mediator when role == RelationRole.SubjectActs => $"{subject} mediates for {other}",
        RelationType.Mediator => $"{other} mediates for {subject}",
        RelationType.PartnerCompetitor => $"{other} is both a partner and a competitor of {subject}",
        _ => $"{other} is a {Current(type, RelationRole.Mutual, new Actor("", ActorKind.State, "")).ToLowerInvariant()} of {subject}",
    };
}
