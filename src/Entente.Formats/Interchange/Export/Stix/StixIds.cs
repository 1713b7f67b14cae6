using System.Globalization;

namespace Entente.Formats.Interchange.Export.Stix;

/// <summary>
/// STIX identifiers ("type--UUID") as UUIDv5 of our own ids under one fixed namespace, so the same
/// actor, relation or document has the same STIX id in every export, from every database.
/// </summary>
public static class StixIds
{
    /// <summary>Entente's namespace for STIX ids; fixed forever, or every id would change.</summary>
    public static readonly Guid Namespace = new("35e2f964-1e44-472c-8928-9f4c74588901");

    public static string Producer => Make("identity", "producer:entente");

    public static string Actor(string type, string actorId) => Make(type, "actor:" + actorId);

    public static string Relation(AssessedRelation relation) => Make("relationship", "relation:" + relation.Key);

    public static string Report(Source document) => Make("report", "document:" + (document.ContentHash ?? document.Id));

    public static string Bundle(ExportSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var scope = set.Scope is { } s ? $"|{s.ActorId}|{s.Depth.ToString(CultureInfo.InvariantCulture)}" : "";
        return Make("bundle", $"bundle:{set.AsOf:yyyy-MM-dd}{scope}");
    }

    private static string Make(string type, string name) => $"{type}--{Uuid5.Create(Namespace, name):D}";
}
