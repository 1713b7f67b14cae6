using Entente.Formats;
using Entente.Resolution;
using Entente.Web.Answers;
using Entente.Web.Caching;
using Entente.Web.Stores;

namespace Entente.Web.Apis;

/// <summary>GET /api/allies/{actor} and GET /api/ask: the command line's answer, in any report format, cached.</summary>
internal static class AlliesApi
{
    public static void MapAllies(this IEndpointRouteBuilder api)
    {
        // Resolved once here rather than per request: the hot path then needs no request scope.
        var stores = api.ServiceProvider.GetRequiredService<StorePool>();
        var answers = api.ServiceProvider.GetRequiredService<AnswerService>();
        var cache = api.ServiceProvider.GetRequiredService<AnswerCache>();
        api.MapGet("/allies/{actor}", (string actor, string? asOf, string? format, HttpContext context) =>
            {
                var reportFormat = ReportBytes.ParseFormat(format);
                var date = answers.DateFor(AsOfParameter.Parse(asOf));
                var key = $"allies\n{NameKey.Of(actor)}\n{date:yyyy-MM-dd}\n{reportFormat.ToName()}";
                var response = cache.GetOrAdd(key, () => stores.Use(store => ReportBytes.Render(answers.AlliesOf(store, actor, date), reportFormat)));
                return context.Send(response);
            })
            .Produces(StatusCodes.Status200OK, null, "application/json", "text/html", "text/markdown", "text/csv", "text/plain")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetAllies")
            .WithSummary("Who are an actor's allies, how close, since when, and according to whom (the CLI's `allies` answer)");

        api.MapGet("/ask", (string? q, string? format, HttpContext context) =>
            {
                if (string.IsNullOrWhiteSpace(q))
                    throw Problems.ApiProblem.BadRequest("Give a question in ?q=, e.g. ?q=who are Iran's allies?");
                var reportFormat = ReportBytes.ParseFormat(format);
                var key = $"ask\n{q.Trim()}\n{answers.Today:yyyy-MM-dd}\n{reportFormat.ToName()}";
                var response = cache.GetOrAdd(key, () => stores.Use(store => ReportBytes.Render(answers.Ask(store, q), reportFormat)));
                return context.Send(response);
            })
            .Produces(StatusCodes.Status200OK, null, "application/json", "text/html", "text/markdown", "text/csv", "text/plain")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("Ask")
            .WithSummary("Answers a question such as \"who are Iran's allies?\" or \"is Oman an ally of Iran?\" (the CLI's `ask`)");
    }
}
