namespace Entente.Web.Contracts;

/// <summary>
/// GET /api/relations/{a}/{b}: how <see cref="Subject"/> stands with <see cref="Other"/> as of a date
/// (null when no accepted claim supports a relation then), and every claim between them, any status.
/// </summary>
public sealed record RelationView(ActorSummary Subject, ActorSummary Other, string AsOf, MemberView? Assessment, IReadOnlyList<ClaimView> Claims);
