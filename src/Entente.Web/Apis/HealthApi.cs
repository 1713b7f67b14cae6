using Entente.Web.Caching;

namespace Entente.Web.Apis;

/// <summary>GET /health: 200 once the database is open and its version read.</summary>
internal static class HealthApi
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", (DataVersionWatch version) =>
                version.Current >= 0
                    ? Results.Ok(new { status = "ok", dataVersion = version.Current })
                    : Results.Problem("The database is not open yet.", statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("Health")
            .WithTags("Health");
}
