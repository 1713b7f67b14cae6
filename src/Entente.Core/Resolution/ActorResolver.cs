namespace Entente.Resolution;

/// <summary>
/// Resolves what a person typed ("Iran", "IRN", "Islamic Republic of Iran", "Tehran") to one actor,
/// case- and accent-insensitively; an unknown or shared name yields the closest candidates.
/// </summary>
public sealed class ActorResolver(IActorNames names)
{
    private const int MaxSuggestions = 5;

    public ActorResolution Resolve(string query)
    {
        var key = NameKey.Of(query);
        if (key.Length == 0)
            return new ActorResolution.Unknown(query, []);

        var hits = names.Find(key);
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

    private List<Candidate> Closest(string key) =>
        names.All()
            .Select(h => (Hit: h, Similarity: Similarity.Of(key, NameKey.Of(h.Text))))
            .Where(x => x.Similarity >= 0.5)
            .OrderByDescending(x => x.Similarity)
            .ThenBy(x => x.Hit.ActorName, StringComparer.Ordinal)
            .DistinctBy(x => x.Hit.ActorId)
            .Take(MaxSuggestions)
            .Select(x => new Candidate(x.Hit.ActorId, x.Hit.ActorName, x.Hit.Text))
            .ToList();
}
