using System.Diagnostics;
using System.Globalization;
using Entente.Benchmarks.Extraction;
using Entente.Extraction;
using Entente.Extraction.Documents;
using Entente.Extraction.Ingestion;
using Entente.Formats.Bundled;
using Entente.Storage.Sqlite;

namespace Entente.Benchmarks.Ingest;

/// <summary>
/// `ingest-throughput [--size-mb N] [--eval DIR] [--work DIR]`: MB/s of the extraction pipeline
/// (read, clean, segment, mentions, claims; storage excluded) and of the whole ingest into SQLite,
/// on one thread, over a corpus of repeated evaluation documents (see bench/ingest-throughput.sh).
/// </summary>
internal static class IngestThroughput
{
    public const string Mode = "ingest-throughput";

    public static int Run(string[] args)
    {
        var sizeMb = BenchArgs.Option(args, "--size-mb", "100");
        var eval = BenchArgs.Option(args, "--eval", "tests/eval");
        var work = BenchArgs.Option(args, "--work", Path.Combine(Path.GetTempPath(), "entente-ingest-bench"));
        if (Directory.Exists(work))
            Directory.Delete(work, recursive: true);
        var (files, bytes) = DocumentCorpus.Write(eval, Path.Combine(work, "corpus"), long.Parse(sizeMb, CultureInfo.InvariantCulture) * 1024 * 1024);
        Console.WriteLine($"corpus: {files.Count:N0} documents, {bytes / 1048576.0:0.0} MB of evaluation documents repeated and shuffled");

        var bundled = BundledKnowledge.Load().Batch;
        var pipeline = new ExtractionPipeline(bundled.Actors.ToList());
        var reader = new DocumentReader();
        var today = new DateOnly(2026, 1, 15);
        var texts = new List<ReadResult.Read>(files.Count);
        var readTime = Timed.Best(1, CpuTime.OfThisThread, () => texts.AddRange(files.Select(f => (ReadResult.Read)reader.Read(f))));
        GazetteerVsRipgrep.Report("read + decode from disk", bytes, readTime);

        // Warmed on the whole corpus first (see PipelineStages), as a long-running ingest would be.
        var claims = PipelineStages.Report(pipeline, texts, bytes, today);
        Console.WriteLine($"  {claims:N0} claims");
        texts.Clear();

        using var store = SqliteKnowledgeStore.Open(Path.Combine(work, "entente.db"));
        store.Write(bundled);
        var timed = new TimedDocumentStore(store);
        var ingestor = new DocumentIngestor(timed, pipeline, today);
        var added = 0;
        var reading = TimeSpan.Zero;
        var pauseBefore = GC.GetTotalPauseDuration();
        var collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var ingestTime = Timed.Best(1, CpuTime.OfThisThread, () =>
        {
            foreach (var file in files)
            {
                var started = CpuTime.OfThisThread();
                var read = (ReadResult.Read)reader.Read(file);
                reading += CpuTime.OfThisThread() - started;
                if (ingestor.Ingest(read, new DocumentOrigin(file) { Path = file }) is DocumentIngestion.Stored)
                    added++;
            }
        });
        GazetteerVsRipgrep.Report("whole ingest into SQLite (one transaction per document)", bytes, ingestTime);
        Console.WriteLine($"  {added:N0} documents stored; database {new FileInfo(store.Path).Length / 1048576.0:0.0} MB");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  storage (HasDocument + AddDocument): CPU {timed.Cpu.TotalSeconds:F3} s = {timed.Cpu.TotalMilliseconds / Math.Max(1, added):F3} ms per document; " +
            $"read + decode: CPU {reading.TotalSeconds:F3} s; the rest (hash, extract, records): CPU {(ingestTime.Cpu - timed.Cpu - reading).TotalSeconds:F3} s"));
        // Pauses are wall time of all threads stopped (a gen0 collection runs on this thread), not CPU.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  garbage collector: {(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1048576.0:N0} MB allocated, paused {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:F3} s in " +
            $"{GC.CollectionCount(0) - collectionsBefore.Item1} collections (gen1 {GC.CollectionCount(1) - collectionsBefore.Item2}, gen2 {GC.CollectionCount(2) - collectionsBefore.Item3})"));
        Debug.Assert(added == files.Count);
        return 0;
    }
}
