namespace Entente.Web.Contracts;

/// <summary>A claim with the source that makes it: what an analyst checks before accepting it.</summary>
public sealed record ClaimView(
    long Id,
    ActorSummary Subject,
    ActorSummary Object,
    string Predicate,
    string? Relation,
    IReadOnlyList<string> Areas,
    bool Directed,
    string Polarity,
    bool Hedged,
    string? Since,
    string? Until,
    string Status,
    string? Quote,
    string? Note,
    string ProducedBy,
    SourceView? Source);

public sealed record SourceView(string Id, string Title, string Publisher, string? Url, string? Date, string Reliability)
{
    public static SourceView Of(Source source) =>
        new(source.Id, source.Title, source.Publisher, source.Url, source.Published?.ToString(), source.Reliability.ToString());
}

/// <summary>Builds <see cref="ClaimView"/>s, naming actors from the index and sources from a look-up.</summary>
public static class ClaimViews
{
    public static ClaimView Of(Claim claim, Func<string, ActorSummary> actor, Func<string, Source?> source) => new(
        claim.Id,
        actor(claim.Subject),
        actor(claim.Object),
        claim.Predicate,
        claim.Relation?.ToWire(),
        claim.Areas.Select(a => a.ToWire()).ToList(),
        claim.Directed,
        claim.Polarity.ToWire(),
        claim.Hedged,
        claim.Validity.From?.ToString(),
        claim.Validity.Until?.ToString(),
        claim.Status.ToWire(),
        claim.Quote,
        claim.Note,
        claim.ProducedBy,
        source(claim.SourceId) is { } s ? SourceView.Of(s) : null);

    public static IReadOnlyList<ClaimView> Of(IEnumerable<Claim> claims, Func<string, ActorSummary> actor, Func<string, Source?> source)
    {
        var sources = new Dictionary<string, Source?>();
        return claims.Select(c => Of(c, actor, id => sources.TryGetValue(id, out var s) ? s : sources[id] = source(id))).ToList();
    }
}
