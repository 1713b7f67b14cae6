using Entente.Extraction;
using Entente.Extraction.Documents;
using Entente.Extraction.Ingestion;
using Entente.Storage;
using Entente.Web.Problems;

namespace Entente.Web.Documents;

/// <summary>What became of one document sent to the server.</summary>
public sealed record IngestResult(bool Added, DocumentRecord? Record, IReadOnlyList<Claim> Claims);

/// <summary>
/// One uploaded document through the ingest pipeline, as `entente ingest` takes one file: read, then
/// the shared <see cref="DocumentIngestor"/> (one transaction; a document the pipeline cannot handle
/// stores nothing), then the stored claims read back with their ids.
/// </summary>
public sealed class DocumentIngest(DateOnly today)
{
    private static readonly DocumentReader Reader = new(new ReaderOptions { MaxBytes = DocumentUpload.MaxBytes });

    public IngestResult Ingest(IKnowledgeStore store, ExtractionPipeline pipeline, DocumentUpload upload, DocumentOrigin origin)
    {
        var read = UploadFile.Read(upload, Reader) switch
        {
            ReadResult.Read ok => ok,
            ReadResult.Skipped skipped => throw Refused(skipped),
            _ => throw new System.Diagnostics.UnreachableException(),
        };
        switch (new DocumentIngestor(store, pipeline, today).Ingest(read, origin))
        {
            case DocumentIngestion.Stored stored:
                // The stored claims, with the ids a reviewer needs to accept or reject them.
                var status = origin.Accept ? ClaimStatus.Accepted : ClaimStatus.Candidate;
                var query = new ClaimQuery(null, status, int.MaxValue) { DocumentHash = stored.Record.Document.ContentHash };
                return new IngestResult(true, stored.Record, store.GetClaims(query));
            case DocumentIngestion.NotExtracted failed:
                // Whatever the extractor trips on, the caller gets a clear 422 and nothing is stored.
                throw new ApiProblem(StatusCodes.Status422UnprocessableEntity, "Document could not be read into claims",
                    $"The document could not be read into claims ({failed.Error.GetType().Name}: {failed.Error.Message}). Nothing was stored; please report this document.");
            default:
                return new IngestResult(false, null, []);
        }
    }

    private static ApiProblem Refused(ReadResult.Skipped skipped) => skipped.Reason switch
    {
        SkipReason.TooLarge => new ApiProblem(StatusCodes.Status413PayloadTooLarge, "Document too large", $"The document {skipped.Message}."),
        SkipReason.Binary => new ApiProblem(StatusCodes.Status415UnsupportedMediaType, "Not a text document", $"The document {skipped.Message}; send text or HTML."),
        SkipReason.Empty => ApiProblem.BadRequest($"The document {skipped.Message}; send its text or HTML as the body."),
        _ => ApiProblem.BadRequest($"The document could not be read: {skipped.Message}."),
    };
}
