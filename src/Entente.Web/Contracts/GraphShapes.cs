namespace Entente.Web.Contracts;

/// <summary>GET /api/graph: the actors around a centre and the assessed relations between them.</summary>
public sealed record Graph(string Center, string AsOf, int Depth, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated);

/// <param name="Depth">Steps from the centre (0 for the centre itself).</param>
public sealed record GraphNode(string Id, string Name, string Kind, string? Country, bool GreatPower, int Depth);

/// <summary>
/// One assessed relation, pointing from the acting side (sponsor → proxy, member → bloc) when
/// the relation is directed; <see cref="Directed"/> is false for unordered pairs.
/// </summary>
public sealed record GraphEdge(
    string Id,
    string Source,
    string Target,
    string Relation,
    string Label,
    string Tier,
    double Score,
    double Confidence,
    IReadOnlyList<string> Areas,
    string? Since,
    string? Until,
    bool Contested,
    bool Former,
    bool Directed,
    int Sources);
