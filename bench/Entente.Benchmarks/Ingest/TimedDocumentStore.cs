using Entente.Benchmarks.Extraction;
using Entente.Storage;

namespace Entente.Benchmarks.Ingest;

/// <summary>
/// Passes an ingest's store calls on and adds up the CPU time spent inside them, so the whole-ingest
/// figure splits into storage and the rest. Reading the thread's CPU clock costs about a microsecond.
/// </summary>
internal sealed class TimedDocumentStore(IDocumentStore inner) : IDocumentStore
{
    public TimeSpan Cpu { get; private set; }

    public bool HasDocument(string contentHash)
    {
        var start = CpuTime.OfThisThread();
        var known = inner.HasDocument(contentHash);
        Cpu += CpuTime.OfThisThread() - start;
        return known;
    }

    public DocumentWriteResult AddDocument(Document document, Source source, IReadOnlyList<Claim> claims, IReadOnlyList<ActorCandidate> candidates)
    {
        var start = CpuTime.OfThisThread();
        var written = inner.AddDocument(document, source, claims, candidates);
        Cpu += CpuTime.OfThisThread() - start;
        return written;
    }
}
