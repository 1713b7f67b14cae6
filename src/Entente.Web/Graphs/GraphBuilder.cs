using Entente.Answers;
using Entente.Storage;
using Entente.Web.Answers;
using Entente.Web.Contracts;

namespace Entente.Web.Graphs;

/// <summary>
/// Walks out from a centre actor: each step takes the answer about an actor already in the graph
/// and adds its assessed relations. Only partners are walked through (not adversaries or former
/// partners, whose own networks would swamp the picture), and the graph stops growing at
/// <see cref="MaxNodes"/>.
/// </summary>
public sealed class GraphBuilder(AnswerService answers)
{
    public const int MaxDepth = 3;
    public const int MaxNodes = 200;

    public Graph Build(IKnowledgeStore store, Actor center, int depth, DateOnly asOf)
    {
        var nodes = new Dictionary<string, GraphNode> { [center.Id] = Node(center.ToRef(), 0) };
        var edges = new Dictionary<string, GraphEdge>();
        var frontier = new List<string> { center.Id };
        var truncated = false;
        for (var step = 1; step <= depth && frontier.Count > 0; step++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                if (answers.AnswerFor(store, id, asOf) is not { } answer)
                    continue;
                foreach (var member in answer.AllMembers)
                {
                    if (!nodes.ContainsKey(member.Actor.Id))
                    {
                        if (nodes.Count >= MaxNodes)
                        {
                            truncated = true;
                            continue;
                        }
                        nodes[member.Actor.Id] = Node(member.Actor, step);
                        if (member.Tier is not (Tier.Adversary or Tier.Former))
                            next.Add(member.Actor.Id);
                    }
                    var edge = Edge(id, member);
                    edges.TryAdd(edge.Id, edge);
                }
            }
            frontier = next;
        }
        return new Graph(center.Id, asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), depth,
            nodes.Values.OrderBy(n => n.Depth).ThenBy(n => n.Name, StringComparer.Ordinal).ToList(),
            edges.Values.ToList(), truncated);
    }

    private static GraphNode Node(ActorRef actor, int depth) =>
        new(actor.Id, actor.Name, actor.Kind.ToWire(), actor.Country, actor.GreatPower, depth);

    /// <summary>The pair's edge as seen from <paramref name="subject"/>; the id is the unordered pair, so each pair appears once.</summary>
    private static GraphEdge Edge(string subject, AnswerMember member)
    {
        var other = member.Actor.Id;
        var (source, target) = member.Role == RelationRole.OtherActs ? (other, subject) : (subject, other);
        var id = string.CompareOrdinal(subject, other) < 0 ? $"{subject}--{other}" : $"{other}--{subject}";
        return new GraphEdge(
            id, source, target, member.Relation.ToWire(), member.Label, member.Tier.ToWire(),
            MemberView.Round(member.Score), MemberView.Round(member.Confidence),
            member.Areas.Select(a => a.ToWire()).ToList(), member.Since?.ToString(), member.Until?.ToString(),
            member.Contested, member.Tier == Tier.Former, member.Role != RelationRole.Mutual, member.Sources.Count);
    }
}
