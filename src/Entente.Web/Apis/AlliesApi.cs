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
        api.MapGet("/allies/{actor}", (string actor, string? asOf, string? format, HttpContext context, StorePool stores, AnswerService answers, AnswerCache cache) =>
            {
                var reportFormat = ReportBytes.ParseFormat(format);
                var date = answers.DateFor(AsOfParameter.Parse(asOf));
                var key = $"allies\n{NameKey.Of(actor)}\n{date:yyyy-MM-dd}\n{reportFormat.ToName()}";
                var response = cache.GetOrAdd(key, () => stores.Use(store => ReportBytes.Render(answers.AlliesOf(store, actor, date), reportFormat)));
                return context.Send(response);
            })
            .WithName("GetAllies")
            .WithSummary("Who are an actor's allies, how close, since when, and according to whom (the CLI's `allies` answer)");

        api.MapGet("/ask", (string? q, string? format, HttpContext context, StorePool stores, AnswerService answers, AnswerCache cache) =>
            {
                if (string.IsNullOrWhiteSpace(q))
                    throw Problems.ApiProblem.BadRequest("Give a question in ?q=, e.g. ?q=who are Iran's allies?");
                var reportFormat = ReportBytes.ParseFormat(format);
                var key = $"ask\n{q.Trim()}\n{answers.Today:yyyy-MM-dd}\n{reportFormat.ToName()}";
                var response = cache.GetOrAdd(key, () => stores.Use(store => ReportBytes.Render(answers.Ask(store, q), reportFormat)));
                return context.Send(response);
            })
            .WithName("Ask")
            .WithSummary("Answers a question such as \"who are Iran's allies?\" or \"is Oman an ally of Iran?\" (the CLI's `ask`)");
    }
}
