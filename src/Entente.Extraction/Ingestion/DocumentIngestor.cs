using Entente.Extraction.Documents;
using Entente.Storage;

namespace Entente.Extraction.Ingestion;

/// <summary>
/// One read document into the store, the same way for `entente ingest` and the server: (already
/// stored? stop) → extract → records → store, in one transaction, so a document the pipeline cannot
/// handle stores nothing and costs only itself.
/// </summary>
public sealed class DocumentIngestor(IDocumentStore store, ExtractionPipeline pipeline, DateOnly today)
{
    public DocumentIngestion Ingest(ReadResult.Read read, DocumentOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(origin);
        var hash = DocumentRecords.Hash(read.Text);
        // Checked before extracting: a known document is skipped at the cost of a hash.
        if (store.HasDocument(hash))
            return DocumentIngestion.AlreadyStored.Instance;
        DocumentRecord record;
        try
        {
            record = DocumentRecords.From(pipeline.Extract(read.Text, read.Format, today), hash, origin, today);
        }
#pragma warning disable CA1031 // whatever the extractor trips on is this document's failure, reported by the caller
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new DocumentIngestion.NotExtracted(e);
        }
        var written = store.AddDocument(record.Document, record.Source, record.Claims, record.Candidates);
        return written.Added ? new DocumentIngestion.Stored(record, written) : DocumentIngestion.AlreadyStored.Instance;
    }
}

/// <summary>What became of one document; a store that refuses it throws a StoreException instead.</summary>
public abstract record DocumentIngestion
{
    private DocumentIngestion()
    {
    }

    /// <summary>The same text was ingested before; nothing changed.</summary>
    public sealed record AlreadyStored : DocumentIngestion
    {
        public static AlreadyStored Instance { get; } = new();
    }

    /// <summary>The pipeline failed on the document; nothing was stored.</summary>
    public sealed record NotExtracted(Exception Error) : DocumentIngestion;

    public sealed record Stored(DocumentRecord Record, DocumentWriteResult Written) : DocumentIngestion;
}
