using Entente.Web.Actors;
using Entente.Web.Answers;
using Entente.Web.Caching;
using Entente.Web.Contracts;
using Entente.Web.Problems;
using Entente.Web.Stores;

namespace Entente.Web.Apis;

/// <summary>GET /api/actors?q= (search as you type) and GET /api/actors/{id}.</summary>
internal static class ActorsApi
{
    private const int DefaultLimit = 10;
    private const int MaxLimit = 1000;

    public static void MapActors(this IEndpointRouteBuilder api)
    {
        api.MapGet("/actors", (string? q, int? limit, PerVersion<ActorIndex> index) =>
            {
                var take = limit ?? DefaultLimit;
                if (take is < 1 or > MaxLimit)
                    throw ApiProblem.BadRequest($"limit {take} is out of range; use 1 to {MaxLimit}.");
                return TypedResults.Ok(index.Value.Search(q ?? "", take));
            })
            .WithName("SearchActors")
            .WithSummary("Actors whose names or aliases match q, best first (exact, then prefix, then word prefix, then substring); all actors by name when q is empty");

        api.MapGet("/actors/{actor}", (string actor, StorePool stores) =>
                TypedResults.Ok(ActorDetail.Of(stores.Use(store => store.GetActor(actor) ?? AnswerService.Resolve(store, actor)))))
            .WithName("GetActor")
            .WithSummary("One actor: kind, names and aliases, codes, home country, description; by id or by any of its names");
    }
}
