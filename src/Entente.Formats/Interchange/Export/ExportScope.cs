namespace Entente.Formats.Interchange.Export;

/// <summary>The neighbourhood of one actor: the actors within <see cref="Depth"/> current relations of it.</summary>
public sealed record ExportScope(string ActorId, int Depth)
{
    public const int MaxDepth = 10;

    /// <summary>
    /// Walks the assessed graph outward from the actor, in either direction of an edge. Former
    /// relations are not walked: they no longer connect anyone as of the date.
    /// </summary>
    public IReadOnlySet<string> ActorsWithin(IReadOnlyList<AssessedRelation> relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        var neighbours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var r in relations.Where(r => !r.Former))
        {
            Add(neighbours, r.SourceId, r.TargetId);
            Add(neighbours, r.TargetId, r.SourceId);
        }
        var reached = new HashSet<string>(StringComparer.Ordinal) { ActorId };
        var frontier = new List<string> { ActorId };
        for (var step = 0; step < Depth && frontier.Count > 0; step++)
        {
            frontier = frontier
                .SelectMany(id => neighbours.GetValueOrDefault(id) ?? [])
                .Where(reached.Add)
                .ToList();
        }
        return reached;
    }

    private static void Add(Dictionary<string, List<string>> neighbours, string from, string to)
    {
        if (!neighbours.TryGetValue(from, out var list))
            neighbours[from] = list = [];
        list.Add(to);
    }
}
