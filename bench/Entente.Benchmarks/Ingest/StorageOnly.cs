using System.Globalization;
using Entente.Benchmarks.Extraction;
using Entente.Extraction;
using Entente.Extraction.Documents;
using Entente.Extraction.Ingestion;
using Entente.Formats.Bundled;
using Entente.Storage.Sqlite;

namespace Entente.Benchmarks.Ingest;

/// <summary>
/// `ingest-storage [--docs N] [--corpus DIR] [--work DIR]`: the store alone. Extracts the first N
/// documents of a corpus made by ingest-throughput into records first, then times only
/// HasDocument and AddDocument over them into a new database: CPU, bytes the process wrote, database size.
/// With --split, the statements one by one instead (see <see cref="StorageSplit"/>).
/// </summary>
internal static class StorageOnly
{
    public const string Mode = "ingest-storage";

    public static int Run(string[] args)
    {
        var docs = int.Parse(BenchArgs.Option(args, "--docs", "10000"), CultureInfo.InvariantCulture);
        var corpus = BenchArgs.Option(args, "--corpus", Path.Combine(Path.GetTempPath(), "entente-ingest-bench", "corpus"));
        var work = BenchArgs.Option(args, "--work", Path.Combine(Path.GetTempPath(), "entente-storage-bench"));
        var bundled = BundledKnowledge.Load().Batch;
        var pipeline = new ExtractionPipeline(bundled.Actors.ToList());
        var reader = new DocumentReader();
        var today = new DateOnly(2026, 1, 15);
        TimeSpan hashing = default, building = default;
        var records = Directory.EnumerateFiles(corpus).Order(StringComparer.Ordinal).Take(docs)
            .Select(f => (File: f, Read: (ReadResult.Read)reader.Read(f)))
            .Select(r =>
            {
                var started = CpuTime.OfThisThread();
                var hash = DocumentRecords.Hash(r.Read.Text);
                hashing += CpuTime.OfThisThread() - started;
                var extracted = pipeline.Extract(r.Read.Text, r.Read.Format, today);
                started = CpuTime.OfThisThread();
                var record = DocumentRecords.From(extracted, hash, new DocumentOrigin(r.File) { Path = r.File }, today);
                building += CpuTime.OfThisThread() - started;
                return record;
            })
            .ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"records: hashing CPU {hashing.TotalMilliseconds / records.Count * 1000:F1} µs, building CPU {building.TotalMilliseconds / records.Count * 1000:F1} µs per document (first pass, JIT warming)"));
        if (Directory.Exists(work))
            Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(work);
        using var store = SqliteKnowledgeStore.Open(Path.Combine(work, "entente.db"));
        store.Write(bundled);
        if (args.Contains("--wait"))
        {
            // Lets a profiler attach to the storage part alone: press Enter (or close stdin) to go on.
            Console.WriteLine($"records ready; process {Environment.ProcessId} waits for a line on stdin");
            Console.ReadLine();
        }
        if (args.Contains("--split"))
        {
            StorageSplit.Run(store, records);
            Console.WriteLine($"database {new FileInfo(store.Path).Length / 1048576.0:F1} MB");
            return 0;
        }
        var writtenBefore = WrittenBytes();
        var claims = 0;
        var checking = TimeSpan.Zero;
        var time = Timed.Best(1, CpuTime.OfThisThread, () =>
        {
            foreach (var r in records)
            {
                // As an ingest does: the (new) document is looked up before it is stored.
                var started = CpuTime.OfThisThread();
                if (store.HasDocument(r.Document.ContentHash))
                    throw new InvalidOperationException("document stored twice");
                checking += CpuTime.OfThisThread() - started;
                claims += store.AddDocument(r.Document, r.Source, r.Claims, r.Candidates).ClaimsAdded;
            }
        });
        var written = WrittenBytes() - writtenBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"storage alone: {records.Count:N0} documents, {claims:N0} claims: CPU {time.Cpu.TotalSeconds:F3} s = {time.Cpu.TotalMilliseconds / records.Count:F3} ms per document, " +
            $"of which HasDocument {checking.TotalMilliseconds * 1000 / records.Count:F1} µs; wall {time.Wall.TotalSeconds:F3} s; wrote {written / 1048576.0:F1} MB; database {new FileInfo(store.Path).Length / 1048576.0:F1} MB"));
        return 0;
    }

    /// <summary>Bytes this process passed to write(2) so far (Linux), 0 elsewhere.</summary>
    private static long WrittenBytes()
    {
        if (!File.Exists("/proc/self/io"))
            return 0;
        var line = File.ReadLines("/proc/self/io").FirstOrDefault(l => l.StartsWith("wchar:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line["wchar:".Length..].Trim(), CultureInfo.InvariantCulture);
    }
}
