using Entente.Extraction;
using Entente.Extraction.Ingestion;
using Entente.Web.Actors;
using Entente.Web.Answers;
using Entente.Web.Caching;
using Entente.Web.Contracts;
using Entente.Web.Documents;
using Entente.Web.Problems;
using Entente.Web.Security;
using Entente.Web.Stores;

namespace Entente.Web.Apis;

/// <summary>
/// POST /api/documents[?accept=true&amp;reliability=B2&amp;url=…&amp;title=…]: a text/plain or text/html body, or a
/// multipart upload (field 'file'), read into claims by the ingest pipeline; one document, one
/// transaction. Claims are candidates for review unless accept=true.
/// </summary>
internal static class DocumentsApi
{
    public static void MapDocuments(this IEndpointRouteBuilder api) =>
        api.MapPost("/documents", async (bool? accept, string? reliability, string? url, string? title, HttpContext context, StorePool stores,
                PerVersion<ExtractionPipeline> pipeline, PerVersion<ActorIndex> index, DataVersionWatch version, AnswerService answers, ILoggerFactory logs) =>
            {
                var origin = Origin(accept ?? false, reliability, url);
                var upload = await DocumentUpload.Read(context.Request, context.RequestAborted);
                // The name stands in for a title when the document has none of its own.
                origin = origin with { Name = NonEmpty(title) ?? upload.FileName ?? "upload" };
                var result = stores.Use(store => new DocumentIngest(answers.Today).Ingest(store, pipeline.Value, upload, origin));
                if (!result.Added)
                    return Results.Json(new DocumentResult("already_stored", null, null, [], 0, ["The same text was ingested before; nothing changed."]), JsonBytes.Options);
                var now = version.Refresh();
                var record = result.Record!;
                logs.CreateLogger("Entente.Web.Ingest").LogInformation(
                    "Document {SourceId} ({Title}) ingested with key {KeyName}: {Claims} claims as {Status}; data version {DataVersion}",
                    record.Source.Id, record.Source.Title, context.Items[RequireApiKey.KeyNameItem], result.Claims.Count, origin.Accept ? "accepted" : "candidates", now);
                var actors = index.Value;
                var body = new DocumentResult("added", SourceView.Of(record.Source), record.Subject,
                    ClaimViews.Of(result.Claims, actors.Summary, _ => record.Source), record.Candidates.Count, record.Warnings);
                return Results.Json(body, JsonBytes.Options, statusCode: StatusCodes.Status201Created);
            })
            .AddEndpointFilter<RequireApiKey>()
            .RequireRateLimiting(WriteRateLimit.Policy)
            .DisableAntiforgery()
            .Produces<DocumentResult>(StatusCodes.Status201Created)
            .Produces<DocumentResult>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithName("AddDocument")
            .WithSummary("Ingests a document (text/plain, text/html or a multipart upload with a field 'file', at most 5 MB) into claims, candidates for review unless accept=true (needs an API key)");

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DocumentOrigin Origin(bool accept, string? reliability, string? url)
    {
        var grade = DocumentOrigin.DefaultReliability;
        if (!string.IsNullOrWhiteSpace(reliability) && !Reliability.TryParse(reliability.Trim().ToUpperInvariant(), out grade))
            throw ApiProblem.BadRequest($"reliability '{reliability}' is not an Admiralty grade: a letter A–F and a digit 1–6, e.g. B2.");
        if (!string.IsNullOrWhiteSpace(url) && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            throw ApiProblem.BadRequest($"url '{url}' is not an http(s) address; give the page the document was taken from, or leave it out.");
        return new DocumentOrigin("upload") { Accept = accept, Reliability = grade, Url = string.IsNullOrWhiteSpace(url) ? null : url };
    }
}
