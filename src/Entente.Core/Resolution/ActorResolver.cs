namespace Entente.Resolution;

/// <summary>
/// Resolves what a person typed ("Iran", "IRN", "Islamic Republic of Iran", "Tehran") to one actor,
/// case- and accent-insensitively; an unknown or shared name yields the closest candidates.
/// A leader's name ("Putin") is a person, not the state: it resolves to nothing, with the actor the
/// person leads as the suggestion, so a question about Putin never silently answers for Russia.
/// </summary>
public sealed class ActorResolver(IActorNames names)
{
    private const int MaxSuggestions = 5;

    public ActorResolution Resolve(string query)
    {
        var key = NameKey.Of(query);
        if (key.Length == 0)
            return new ActorResolution.Unknown(query, []);

        var found = names.Find(key);
        var hits = found.Where(h => h.Kind != NameKind.Leader).ToList();
        if (hits.Count == 0 && found.Count > 0)
            return new ActorResolution.Unknown(query, LedBy(found));
        var actors = hits.DistinctBy(h => h.ActorId).ToList();
        if (actors.Count == 1)
            return new ActorResolution.Found(query, actors[0].ActorId, actors[0].ActorName);
        if (actors.Count > 1)
        {
            // A name that is exactly one actor's own beats the same words shared as an ambiguous alias.
            var definite = hits.Where(h => h.Kind != NameKind.Ambiguous).DistinctBy(h => h.ActorId).ToList();
            if (definite.Count == 1)
                return new ActorResolution.Found(query, definite[0].ActorId, definite[0].ActorName);
            return new ActorResolution.Ambiguous(query, actors.Select(h => new Candidate(h.ActorId, h.ActorName, h.Text)).OrderBy(c => c.ActorName, StringComparer.Ordinal).ToList());
        }
        return new ActorResolution.Unknown(query, Closest(key));
    }

    private static List<Candidate> LedBy(IReadOnlyList<NameHit> leaders) =>
        leaders.DistinctBy(h => h.ActorId)
            .OrderBy(h => h.ActorName, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(h => new Candidate(h.ActorId, h.ActorName, h.Text))
            .ToList();

    // Persons' names stay out of the near misses: hundreds of them would crowd out the actors' own names.
    private List<Candidate> Closest(string key) =>
        names.All()
            .Where(h => h.Kind != NameKind.Leader)
            .Select(h => (Hit: h, Similarity: Similarity.Of(key, NameKey.Of(h.Text))))
            .Where(x => x.Similarity >= 0.5)
            .OrderByDescending(x => x.Similarity)
            .ThenBy(x => x.Hit.ActorName, StringComparer.Ordinal)
            .DistinctBy(x => x.Hit.ActorId)
            .Take(MaxSuggestions)
            .Select(x => new Candidate(x.Hit.ActorId, x.Hit.ActorName, x.Hit.Text))
            .ToList();
}
