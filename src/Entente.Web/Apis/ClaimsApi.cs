using Entente.Storage;
using Entente.Web.Actors;
using Entente.Web.Answers;
using Entente.Web.Caching;
using Entente.Web.Contracts;
using Entente.Web.Problems;
using Entente.Web.Security;
using Entente.Web.Stores;

namespace Entente.Web.Apis;

/// <summary>GET /api/claims?status=&amp;about= and the analyst's POST /api/claims/{id}/accept|reject.</summary>
internal static class ClaimsApi
{
    private const int MaxLimit = 10_000;

    public static void MapClaims(this IEndpointRouteBuilder api)
    {
        api.MapGet("/claims", (string? status, string? about, int? limit, StorePool stores, PerVersion<ActorIndex> index) =>
            {
                ClaimStatus? wanted = null;
                if (!string.IsNullOrWhiteSpace(status))
                {
                    if (!ClaimVocabulary.TryParseStatus(status.Trim(), out var parsed))
                        throw ApiProblem.BadRequest($"status '{status}' is not one of: candidate, accepted, rejected.");
                    wanted = parsed;
                }
                var take = limit ?? 1000;
                if (take is < 1 or > MaxLimit)
                    throw ApiProblem.BadRequest($"limit {take} is out of range; use 1 to {MaxLimit}.");
                var actors = index.Value;
                return TypedResults.Ok(stores.Use(store =>
                {
                    var aboutId = string.IsNullOrWhiteSpace(about) ? null : AnswerService.Resolve(store, about).Id;
                    var claims = store.GetClaims(new ClaimQuery(aboutId, wanted, take));
                    return ClaimViews.Of(claims, actors.Summary, store.GetSource);
                }));
            })
            .WithName("GetClaims")
            .WithSummary("Claims with their sources and quotes, filtered by status (candidate, accepted, rejected) and by an actor they are about");

        api.MapPost("/claims/{id:long}/accept", (long id, HttpContext context, StorePool stores, DataVersionWatch version, PerVersion<ActorIndex> index, ILoggerFactory logs) =>
                Decide(id, ClaimStatus.Accepted, context, stores, version, index, logs))
            .AddEndpointFilter<RequireApiKey>()
            .RequireRateLimiting(WriteRateLimit.Policy)
            .WithName("AcceptClaim")
            .WithSummary("Accepts a claim: it counts in answers from now on (needs an API key)");

        api.MapPost("/claims/{id:long}/reject", (long id, HttpContext context, StorePool stores, DataVersionWatch version, PerVersion<ActorIndex> index, ILoggerFactory logs) =>
                Decide(id, ClaimStatus.Rejected, context, stores, version, index, logs))
            .AddEndpointFilter<RequireApiKey>()
            .RequireRateLimiting(WriteRateLimit.Policy)
            .WithName("RejectClaim")
            .WithSummary("Rejects a claim: it no longer counts in answers (needs an API key)");
    }

    private static ClaimView Decide(long id, ClaimStatus status, HttpContext context, StorePool stores, DataVersionWatch version, PerVersion<ActorIndex> index, ILoggerFactory logs)
    {
        var claim = stores.Use(store => store.SetClaimStatus(id, status) ? store.GetClaim(id) : null)
            ?? throw ApiProblem.NotFound($"No claim has id {id}. List candidates with GET /api/claims?status=candidate.");
        // Answers cached before this write must not be served after it.
        var now = version.Refresh();
        logs.CreateLogger("Entente.Web.Review").LogInformation(
            "Claim {ClaimId} ({Subject} {Predicate} {Object}) set to {Status} with key {KeyName}; data version {DataVersion}",
            id, claim.Subject, claim.Predicate, claim.Object, status.ToWire(), context.Items[RequireApiKey.KeyNameItem], now);
        return stores.Use(store => ClaimViews.Of(claim, index.Value.Summary, store.GetSource));
    }
}
