using Entente.Assessing;

namespace Entente.Formats.Interchange.Export;

/// <summary>
/// Everything one export writes, gathered once and in a fixed order so that exporting the same
/// knowledge as of the same date gives the same bytes: the actors, sources and claims in scope (the
/// knowledge base for CSV and JSON) and the assessed relations between those actors (the graph for
/// STIX, GraphML and GEXF).
/// </summary>
public sealed record ExportSet(
    DateOnly AsOf,
    ExportScope? Scope,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<AssessedRelation> Relations)
{
    /// <summary>Sources that stand for ingested documents (they carry the text's hash, or a stored text).</summary>
    public IEnumerable<Source> Documents => Sources.Where(s => s.ContentHash is not null || TextsBySource.ContainsKey(s.Id));

    /// <summary>The stored documents, with their text, whose sources are exported.</summary>
    public IReadOnlyList<Document> Texts
    {
        get;
        init => (field, TextsBySource) = (value, value.GroupBy(d => d.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
    } = [];

    /// <summary>The stored document a source stands for, if its text is in the database.</summary>
    public Document? TextOf(Source source) => TextsBySource.GetValueOrDefault(source.Id);

    private IReadOnlyDictionary<string, Document> TextsBySource { get; init; } = new Dictionary<string, Document>();

    /// <summary>The graph's nodes: actors with at least one relation, and the scope's actor.</summary>
    public IReadOnlyList<Actor> GraphActors()
    {
        var ends = Relations.SelectMany(r => new[] { r.SourceId, r.TargetId }).ToHashSet(StringComparer.Ordinal);
        if (Scope is not null)
            ends.Add(Scope.ActorId);
        return Actors.Where(a => ends.Contains(a.Id)).ToList();
    }

    /// <summary>Assesses the knowledge as of the date and keeps what the scope (if any) reaches.</summary>
    public static ExportSet Build(KnowledgeBatch knowledge, DateOnly asOf, ExportScope? scope = null, ScoringModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var relations = new GraphAssessor(new AssessmentEngine(model ?? ScoringModel.Default)).Assess(knowledge, asOf);
        var inScope = scope?.ActorsWithin(relations);
        bool Keeps(string actorId) => inScope is null || inScope.Contains(actorId);

        // Claims keep the order they were stored in: the assessment breaks ties between areas by
        // that order, and a database filled from this export stores them in the same order again.
        var claims = knowledge.Claims
            .Where(c => Keeps(c.Subject) && Keeps(c.Object))
            .DistinctBy(ClaimKey.Of)
            .ToList();
        var cited = claims.Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
        var sources = knowledge.Sources
            .Where(s => inScope is null || cited.Contains(s.Id))
            .DistinctBy(s => s.Id)
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var actors = knowledge.Actors
            .Where(a => Keeps(a.Id))
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var exported = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var texts = knowledge.Documents.Where(d => exported.Contains(d.SourceId)).DistinctBy(d => d.ContentHash).ToList();
        return new ExportSet(asOf, scope, actors, sources, claims,
            relations.Where(r => Keeps(r.SourceId) && Keeps(r.TargetId)).ToList())
        {
            Texts = texts,
        };
    }
}
