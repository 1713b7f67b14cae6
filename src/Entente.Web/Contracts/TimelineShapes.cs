namespace Entente.Web.Contracts;

/// <summary>GET /api/timeline/{actor}: every relation of the actor, with the periods it held.</summary>
public sealed record Timeline(ActorSummary Subject, string AsOf, IReadOnlyList<TimelineRow> Rows);

/// <param name="Tier">Where the pair stands in today's answer, or null when it is not in it.</param>
public sealed record TimelineRow(ActorSummary Actor, string Relation, string? Tier, IReadOnlyList<TimelineSpan> Spans, int Claims);

/// <summary>From (included) until (excluded), either open: null means "as far back as known" or "still holds".</summary>
public sealed record TimelineSpan(string? From, string? Until);
