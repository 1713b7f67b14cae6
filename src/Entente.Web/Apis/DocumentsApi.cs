using Entente.Web.Security;

namespace Entente.Web.Apis;

/// <summary>
/// POST /api/documents: a text/plain or text/html body, or a multipart upload, read and turned into
/// candidate claims. The ingest pipeline has not landed yet, so for now the endpoint says so (503).
/// </summary>
internal static class DocumentsApi
{
    public static void MapDocuments(this IEndpointRouteBuilder api) =>
        api.MapPost("/documents", () =>
                Results.Problem(
                    "This version of Entente cannot read documents yet, so nothing was stored. Add claims with `entente import`, or update Entente.",
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "ingest is not available yet"))
            .AddEndpointFilter<RequireApiKey>()
            .RequireRateLimiting(WriteRateLimit.Policy)
            .DisableAntiforgery()
            .WithName("AddDocument")
            .WithSummary("Ingests a document (text/plain, text/html or a multipart upload, at most 5 MB) into candidate claims (needs an API key)");
}
