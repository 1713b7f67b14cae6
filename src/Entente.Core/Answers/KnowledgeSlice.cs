namespace Entente.Answers;

/// <summary>
/// What an answer about one subject needs from the store: the subject, the actors and sources its
/// claims mention, its accepted claims, and the membership claims of the blocs it belongs to.
/// </summary>
public sealed record KnowledgeSlice(
    Actor Subject,
    IReadOnlyDictionary<string, Actor> Actors,
    IReadOnlyDictionary<string, Source> Sources,
    IReadOnlyList<Claim> Claims)
{
    /// <summary>UN General Assembly voting agreement between the subject and other states, every year stored.</summary>
    public IReadOnlyList<VotingAgreement> Voting { get; init; } = [];

    /// <summary>The subject and, for a state, the governments that governed it as of the date.</summary>
    public IReadOnlySet<string> SubjectIdsAsOf(DateOnly asOf)
    {
        var ids = new HashSet<string> { Subject.Id };
        foreach (var actor in Actors.Values)
        {
            if (actor.Kind == ActorKind.Government && actor.Governs == Subject.Id && new Validity(actor.Since, actor.Until).Contains(asOf))
                ids.Add(actor.Id);
        }
        return ids;
    }
}
