using Entente.Assessing;

namespace Entente.Formats.Interchange.Export;

/// <summary>
/// Assesses every pair of actors that accepted claims connect, as of a date: the whole graph, where
/// an answer assesses one subject's pairs. Each pair is assessed once, from the actor whose id sorts
/// first, so the result does not depend on the order claims were stored in.
/// </summary>
public sealed class GraphAssessor(AssessmentEngine engine)
{
    public IReadOnlyList<AssessedRelation> Assess(KnowledgeBatch knowledge, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var actors = knowledge.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var sources = knowledge.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var pairs = knowledge.Claims
            .Where(c => c.Status == ClaimStatus.Accepted && c.Subject != c.Object)
            .Where(c => actors.ContainsKey(c.Subject) && actors.ContainsKey(c.Object) && sources.ContainsKey(c.SourceId))
            .GroupBy(c => Ordered(c.Subject, c.Object));

        var relations = new List<AssessedRelation>();
        foreach (var pair in pairs)
        {
            var (first, second) = pair.Key;
            if (Governs(actors[first], second) || Governs(actors[second], first))
                continue;
            var evidence = new PairEvidence(first, new HashSet<string>(StringComparer.Ordinal) { first }, actors[second],
                pair.Select(c => (c, sources[c.SourceId])).ToList());
            if (engine.Assess(evidence, asOf) is { } assessment)
                relations.Add(ToRelation(first, second, assessment));
        }
        return relations.OrderBy(r => r.SourceId, StringComparer.Ordinal).ThenBy(r => r.TargetId, StringComparer.Ordinal).ToList();
    }

    private static AssessedRelation ToRelation(string first, string second, Assessment a)
    {
        var (source, target) = a.Role == RelationRole.OtherActs ? (second, first) : (first, second);
        var claims = a.Claims
            .Select(w => w.Claim)
            .OrderBy(ClaimKey.Of, StringComparer.Ordinal)
            .ToList();
        var sources = a.Claims.Select(w => w.Source).DistinctBy(s => s.Id).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        return new AssessedRelation(source, target, a.Role != RelationRole.Mutual, a.Type, a.Areas, a.Score, a.Confidence,
            a.Contested, a.IsFormer, a.Since, a.Until, claims, sources);
    }

    /// <summary>A government and the state it governed are one actor over time, not a relation.</summary>
    private static bool Governs(Actor actor, string stateId) => actor.Kind == ActorKind.Government && actor.Governs == stateId;

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
