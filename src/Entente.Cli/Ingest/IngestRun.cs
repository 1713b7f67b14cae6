using Entente.Extraction;
using Entente.Extraction.Documents;
using Entente.Extraction.Ingestion;
using Entente.Storage;

namespace Entente.Cli.Ingest;

/// <summary>
/// Ingests files one by one, each in its own transaction, so a bad file costs only itself: read, then
/// the <see cref="DocumentIngestor"/> the server uses too.
/// </summary>
internal sealed class IngestRun(IKnowledgeStore store, ExtractionPipeline pipeline, DocumentReader reader, DateOnly today)
{
    private readonly DocumentIngestor _ingestor = new(store, pipeline, today);

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
        var origin = new DocumentOrigin(path) { Path = Path.GetFullPath(path), Accept = Accept, Reliability = Reliability };
        try
        {
            return _ingestor.Ingest(read, origin) switch
            {
                DocumentIngestion.Stored stored => new IngestOutcome(path, IngestStatus.Added)
                {
                    Subject = stored.Record.Subject,
                    Claims = stored.Written.ClaimsAdded,
                    Candidates = stored.Written.CandidatesAdded,
                    Warnings = stored.Record.Warnings,
                },
                DocumentIngestion.NotExtracted failed => new IngestOutcome(path, IngestStatus.Failed)
                {
                    Reason = $"could not be read into claims ({failed.Error.GetType().Name}: {failed.Error.Message}); please report this file",
                },
                _ => new IngestOutcome(path, IngestStatus.AlreadyStored) { Reason = "already ingested (same text)" },
            };
        }
        catch (StoreException e)
        {
            return new IngestOutcome(path, IngestStatus.Failed) { Reason = $"could not be stored: {e.Message}" };
        }
    }
}
