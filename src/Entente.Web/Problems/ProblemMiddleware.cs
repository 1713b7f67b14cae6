using Entente.Storage;

namespace Entente.Web.Problems;

/// <summary>Turns an <see cref="ApiProblem"/> (or a store's refusal) into problem details; lets anything else become a 500.</summary>
internal sealed class ProblemMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ApiProblem problem) when (!context.Response.HasStarted)
        {
            await Write(context, problem.Status, problem.Title, problem.Message, problem.Extensions);
        }
        catch (StoreException e) when (!context.Response.HasStarted)
        {
            await Write(context, StatusCodes.Status409Conflict, "The database refused the change", e.Message, null);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode is 5 or 6 && !context.Response.HasStarted)
        {
            // SQLITE_BUSY / SQLITE_LOCKED: another process held the database past the busy timeout.
            context.Response.Headers.RetryAfter = "1";
            await Write(context, StatusCodes.Status503ServiceUnavailable, "Database busy",
                "Another process is writing to the database; nothing was changed by this request. Retry in a moment.", null);
        }
    }

    private static Task Write(HttpContext context, int status, string title, string detail, IDictionary<string, object?>? extensions)
    {
        context.Response.Clear();
        var result = TypedResults.Problem(detail, context.Request.Path, status, title, extensions: extensions);
        return result.ExecuteAsync(context);
    }
}
