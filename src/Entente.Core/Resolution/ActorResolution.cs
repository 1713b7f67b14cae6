namespace Entente.Resolution;

/// <summary>What a name resolved to: one actor, several, or none (with the closest names).</summary>
public abstract record ActorResolution(string Query)
{
    public sealed record Found(string Query, string ActorId, string ActorName) : ActorResolution(Query);

    public sealed record Ambiguous(string Query, IReadOnlyList<Candidate> Candidates) : ActorResolution(Query);

    public sealed record Unknown(string Query, IReadOnlyList<Candidate> Closest) : ActorResolution(Query);

    /// <summary>A message for a person: what was wrong and what to try.</summary>
    public string Problem => this switch
    {
        Ambiguous a => $"'{Query}' is ambiguous; it could mean: {string.Join(", ", a.Candidates.Select(c => c.Describe()))}. Use one of these ids.",
        Unknown { Closest.Count: > 0 } u => $"No actor is called '{Query}'. Closest matches: {string.Join(", ", u.Closest.Select(c => c.Describe()))}.",
        Unknown => $"No actor is called '{Query}', and no name is close to it. Try a state's name, its ISO code (IRN) or its capital.",
        _ => "",
    };
}

public sealed record Candidate(string ActorId, string ActorName, string MatchedName)
{
    public string Describe() =>
        string.Equals(ActorName, MatchedName, StringComparison.OrdinalIgnoreCase)
            ? $"{ActorName} ({ActorId})"
            : $"{ActorName} ({ActorId}, as \"{MatchedName}\")";
}
