using Entente.Extraction;
using Entente.Extraction.Documents;
using Entente.Extraction.Ingestion;
using Entente.Storage;

namespace Entente.Cli.Ingest;

/// <summary>
/// Ingests files one by one, each in its own transaction, so a bad file costs only itself: read →
/// (already stored? stop) → extract → store.
/// </summary>
internal sealed class IngestRun(IKnowledgeStore store, ExtractionPipeline pipeline, DocumentReader reader, DateOnly today)
{
    public bool Accept { get; init; }
    public Reliability Reliability { get; init; } = DocumentOrigin.DefaultReliability;

    public IngestSummary Run(IReadOnlyList<string> files, IProgress<(int Done, string File)>? progress)
    {
        var outcomes = new List<IngestOutcome>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            progress?.Report((i, files[i]));
            outcomes.Add(One(files[i]));
        }
        progress?.Report((files.Count, ""));
        return new IngestSummary(outcomes, Accept);
    }

    private IngestOutcome One(string path)
    {
        var result = reader.Read(path);
        if (result is ReadResult.Skipped skipped)
            return new IngestOutcome(path, IngestStatus.Skipped) { Reason = skipped.Message };
        var read = (ReadResult.Read)result;
        var hash = DocumentRecords.Hash(read.Text);
        if (store.HasDocument(hash))
            return new IngestOutcome(path, IngestStatus.AlreadyStored) { Reason = "already ingested (same text)" };
        DocumentRecord record;
        try
        {
            var extracted = pipeline.Extract(read.Text, read.Format, today);
            record = DocumentRecords.From(extracted, hash, new DocumentOrigin(path) { Path = Path.GetFullPath(path), Accept = Accept, Reliability = Reliability }, today);
        }
#pragma warning disable CA1031 // one document the extractor cannot handle must not stop the others; it is reported
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new IngestOutcome(path, IngestStatus.Failed) { Reason = $"could not be read into claims ({e.GetType().Name}: {e.Message}); please report this file" };
        }
        try
        {
            var written = store.AddDocument(record.Document, record.Source, record.Claims, record.Candidates);
            return written.Added
                ? new IngestOutcome(path, IngestStatus.Added) { Subject = record.Subject, Claims = written.ClaimsAdded, Candidates = written.CandidatesAdded, Warnings = record.Warnings }
                : new IngestOutcome(path, IngestStatus.AlreadyStored) { Reason = "already ingested (same text)" };
        }
        catch (StoreException e)
        {
            return new IngestOutcome(path, IngestStatus.Failed) { Reason = $"could not be stored: {e.Message}" };
        }
    }
}
