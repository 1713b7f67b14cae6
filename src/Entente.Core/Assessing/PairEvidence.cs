namespace Entente.Assessing;

/// <summary>The accepted claims between the subject (and the governments it stands for) and one other actor.</summary>
public sealed record PairEvidence(string SubjectId, IReadOnlySet<string> SubjectIds, Actor Other, IReadOnlyList<(Claim Claim, Source Source)> Claims)
{
    /// <summary>The pair's UN voting agreement in the latest year that counts on the as-of date, if any: a small nudge to the score.</summary>
    public VotingAgreement? Voting { get; init; }
}
