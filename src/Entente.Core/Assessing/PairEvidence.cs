namespace Entente.Assessing;

/// <summary>The accepted claims between the subject (and the governments it stands for) and one other actor.</summary>
public sealed record PairEvidence(string SubjectId, IReadOnlySet<string> SubjectIds, Actor Other, IReadOnlyList<(Claim Claim, Source Source)> Claims);
