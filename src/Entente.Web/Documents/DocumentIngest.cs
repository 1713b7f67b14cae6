using Entente.Extraction;
using Entente.Extraction.Documents;
using Entente.Extraction.Ingestion;
using Entente.Storage;
using Entente.Web.Problems;

namespace Entente.Web.Documents;

/// <summary>What became of one document sent to the server.</summary>
public sealed record IngestResult(bool Added, DocumentRecord? Record, IReadOnlyList<Claim> Claims);

/// <summary>
/// One document through the ingest pipeline, as `entente ingest` takes one file: read → (already
/// stored? stop) → extract → store, all of it in one transaction, so a document the pipeline cannot
/// handle stores nothing.
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
        var hash = DocumentRecords.Hash(read.Text);
        if (store.HasDocument(hash))
            return new IngestResult(false, null, []);
        DocumentRecord record;
        try
        {
            record = DocumentRecords.From(pipeline.Extract(read.Text, read.Format, today), hash, origin, today);
        }
#pragma warning disable CA1031 // whatever the extractor trips on, the caller gets a clear 422 and nothing is stored
        catch (Exception e)
#pragma warning restore CA1031
        {
            throw new ApiProblem(StatusCodes.Status422UnprocessableEntity, "Document could not be read into claims",
                $"The document could not be read into claims ({e.GetType().Name}: {e.Message}). Nothing was stored; please report this document.");
        }
        var written = store.AddDocument(record.Document, record.Source, record.Claims, record.Candidates);
        if (!written.Added)
            return new IngestResult(false, record, []);
        // The stored claims, with the ids a reviewer needs to accept or reject them.
        var status = origin.Accept ? ClaimStatus.Accepted : ClaimStatus.Candidate;
        var stored = store.GetClaims(new ClaimQuery(null, status, int.MaxValue)).Where(c => c.SourceId == record.Source.Id).ToList();
        return new IngestResult(true, record, stored);
    }

    private static ApiProblem Refused(ReadResult.Skipped skipped) => skipped.Reason switch
    {
        SkipReason.TooLarge => new ApiProblem(StatusCodes.Status413PayloadTooLarge, "Document too large", $"The document {skipped.Message}."),
        SkipReason.Binary => new ApiProblem(StatusCodes.Status415UnsupportedMediaType, "Not a text document", $"The document {skipped.Message}; send text or HTML."),
        SkipReason.Empty => ApiProblem.BadRequest($"The document {skipped.Message}; send its text or HTML as the body."),
        _ => ApiProblem.BadRequest($"The document could not be read: {skipped.Message}."),
    };
}
