namespace Entente.Web.Contracts;

/// <summary>
/// POST /api/documents: "added" with the claims now waiting for review (or accepted, when asked),
/// or "already_stored" when the same text was ingested before (nothing changed).
/// </summary>
public sealed record DocumentResult(
    string Status,
    SourceView? Source,
    string? Subject,
    IReadOnlyList<ClaimView> Claims,
    int CandidateActors,
    IReadOnlyList<string> Warnings);
