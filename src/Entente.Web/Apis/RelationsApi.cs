using System.Globalization;
using Entente.Storage;
using Entente.Web.Actors;
using Entente.Web.Answers;
using Entente.Web.Caching;
using Entente.Web.Contracts;
using Entente.Web.Graphs;
using Entente.Web.Problems;
using Entente.Web.Stores;
using Entente.Web.Timelines;

namespace Entente.Web.Apis;

/// <summary>GET /api/graph, /api/relations/{a}/{b} and /api/timeline/{actor}: the views the app draws.</summary>
internal static class RelationsApi
{
    public static void MapRelations(this IEndpointRouteBuilder api)
    {
        // Resolved once here rather than per request: the hot path then needs no request scope.
        var stores = api.ServiceProvider.GetRequiredService<StorePool>();
        var answers = api.ServiceProvider.GetRequiredService<AnswerService>();
        var cache = api.ServiceProvider.GetRequiredService<AnswerCache>();
        var index = api.ServiceProvider.GetRequiredService<PerVersion<ActorIndex>>();
        api.MapGet("/graph", (string? center, int? depth, string? asOf, HttpContext context) =>
            {
                if (string.IsNullOrWhiteSpace(center))
                    throw ApiProblem.BadRequest("Name the actor at the centre: ?center=iran.");
                var steps = depth ?? 1;
                if (steps is < 1 or > GraphBuilder.MaxDepth)
                    throw ApiProblem.BadRequest($"depth {steps} is out of range; use 1 to {GraphBuilder.MaxDepth}.");
                var date = answers.DateFor(AsOfParameter.Parse(asOf));
                var key = $"graph\n{Resolution.NameKey.Of(center)}\n{steps}\n{Day(date)}";
                return context.Send(cache.GetOrAdd(key, () => stores.Use(store =>
                    JsonBytes.Of(new GraphBuilder(answers).Build(store, AnswerService.Resolve(store, center), steps, date)))));
            })
            .WithName("GetGraph")
            .WithSummary("The network around an actor as of a date: nodes (id, name, kind, country) and assessed relations (relation, label, score, confidence, areas, since, until, contested, former)")
            .Produces<Graph>();

        api.MapGet("/relations/{a}/{b}", (string a, string b, string? asOf, HttpContext context) =>
            {
                var date = answers.DateFor(AsOfParameter.Parse(asOf));
                var key = $"relation\n{Resolution.NameKey.Of(a)}\n{Resolution.NameKey.Of(b)}\n{Day(date)}";
                var actors = index.Value;
                return context.Send(cache.GetOrAdd(key, () => stores.Use(store => JsonBytes.Of(Relation(store, answers, actors, a, b, date)))));
            })
            .WithName("GetRelation")
            .WithSummary("How one actor stands with another as of a date: the assessment, and every claim between them with its quote and source")
            .Produces<RelationView>();

        api.MapGet("/timeline/{actor}", (string actor, HttpContext context) =>
            {
                var today = answers.Today;
                var key = $"timeline\n{Resolution.NameKey.Of(actor)}\n{Day(today)}";
                return context.Send(cache.GetOrAdd(key, () => stores.Use(store =>
                {
                    var subject = AnswerService.Resolve(store, actor);
                    var slice = store.LoadSlice(subject.Id) ?? throw ApiProblem.NotFound($"No data about {subject.Name}.");
                    return JsonBytes.Of(TimelineBuilder.Build(slice, answers.AnswerFor(store, subject.Id, today)!));
                })));
            })
            .WithName("GetTimeline")
            .WithSummary("An actor's relations over time: one row per partner and relation type, with the periods it held")
            .Produces<Timeline>();
    }

    private static RelationView Relation(IKnowledgeStore store, AnswerService answers, ActorIndex actors, string a, string b, DateOnly date)
    {
        var subject = AnswerService.Resolve(store, a);
        var other = AnswerService.Resolve(store, b);
        if (subject.Id == other.Id)
            throw ApiProblem.BadRequest($"'{a}' and '{b}' are the same actor ({subject.Name}); name two different actors.");
        // A state acts through its governments: Iran's relation with Syria under Assad is held by "the Assad government".
        var subjectSide = WithGovernments(actors, subject.Id);
        var otherSide = WithGovernments(actors, other.Id);
        var answer = answers.AnswerFor(store, subject.Id, date);
        var member = answer?.AllMembers.Where(m => otherSide.Contains(m.Actor.Id)).OrderBy(m => m.Actor.Id == other.Id ? 0 : 1).FirstOrDefault();
        var claims = otherSide
            .SelectMany(id => store.GetClaims(new ClaimQuery(id, null, 10_000)))
            .Where(c => subjectSide.Contains(c.Subject) || subjectSide.Contains(c.Object))
            .DistinctBy(c => c.Id)
            .OrderBy(c => c.Id);
        return new RelationView(ActorSummary.Of(subject), ActorSummary.Of(other), Day(date),
            member is null ? null : MemberView.Of(member), ClaimViews.Of(claims, actors.Summary, store.GetSource));
    }

    private static HashSet<string> WithGovernments(ActorIndex actors, string id) =>
        actors.Actors.Where(x => x.Kind == ActorKind.Government && x.Governs == id).Select(x => x.Id).Append(id).ToHashSet();

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
