using Entente.Web.Documents;
using Entente.Web.Security;

namespace Entente.Web.Apis;

/// <summary>
/// POST /api/documents: a text/plain or text/html body, or a multipart upload, read and turned into
/// candidate claims. The upload is read and checked (type, size); the ingest pipeline itself has
/// not landed yet, so for now the endpoint then answers 503.
/// </summary>
internal static class DocumentsApi
{
    public static void MapDocuments(this IEndpointRouteBuilder api) =>
        api.MapPost("/documents", async (HttpRequest request, CancellationToken cancel) =>
            {
                _ = await DocumentUpload.Read(request, cancel);
                return Results.Problem(
                    "This version of Entente cannot read documents through the server yet, so nothing was stored. Try again after an update.",
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "ingest is not available yet");
            })
            .AddEndpointFilter<RequireApiKey>()
            .RequireRateLimiting(WriteRateLimit.Policy)
            .DisableAntiforgery()
            .WithName("AddDocument")
            .WithSummary("Ingests a document (text/plain, text/html or a multipart upload with a field 'file', at most 5 MB) into candidate claims (needs an API key)");
}
