namespace Entente.Formats.Interchange.Import.Ucdp;

/// <summary>
/// Ids for actors from the UCDP list, decided by the file alone (the name as a slug; a name two rows
/// share gets the UCDP id appended), and how an actor made from a row is recognised later.
/// </summary>
internal static class UcdpActorIds
{
    public static Dictionary<int, string> For(IEnumerable<UcdpActorRow> rows)
    {
        var ids = new Dictionary<int, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.OrderBy(r => r.ActorId))
        {
            var id = ActorIds.Slug(Name(row).Name);
            ids[row.ActorId] = used.Add(id) ? id : $"{id}-ucdp-{row.ActorId}";
        }
        return ids;
    }

    /// <summary>"PWG" reads better as "People's War Group"; the short form is then kept as an acronym.</summary>
    public static (string Name, bool IsAcronym) Name(UcdpActorRow row)
    {
        var isAcronym = row.NameData.Length <= 10 && row.NameData.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-');
        return (isAcronym && row.EnglishName is { } english ? english : row.NameData, isAcronym);
    }

    public static string Description(int ucdpId) => $"Non-state actor in the UCDP actor list (actor {ucdpId})";

    /// <summary>Made from some row of the list: never taken for another row's actor by a shared name.</summary>
    public static bool IsFromList(Actor actor) => actor.Description?.StartsWith("Non-state actor in the UCDP actor list (actor ", StringComparison.Ordinal) == true;

    public static bool IsFrom(Actor actor, int ucdpId) => actor.Description?.StartsWith(Description(ucdpId), StringComparison.Ordinal) == true;
}
