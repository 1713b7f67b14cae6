using BenchmarkDotNet.Running;
using Entente.Benchmarks.Extraction;

// `dotnet run -c Release --project bench/Entente.Benchmarks -- --filter '*'` runs them all;
// BenchmarkDotNet prints what it measured, on which machine and runtime.
// `... -- gazetteer-vs-rg [--size-mb N] [--eval DIR] [--work DIR]` times the gazetteer and the
// segmenter over a 100 MB corpus and ripgrep over the same text (see bench/gazetteer-vs-rg.sh).
// `... -- ingest-throughput [--size-mb N]` times the whole pipeline and ingest (bench/ingest-throughput.sh).
// `... -- ingest-storage [--docs N] [--corpus DIR]` times the store alone over records extracted first.
if (args is [GazetteerVsRipgrep.Mode, .. var rest])
    return GazetteerVsRipgrep.Run(rest);
if (args is [Entente.Benchmarks.Ingest.IngestThroughput.Mode, .. var ingestArgs])
    return Entente.Benchmarks.Ingest.IngestThroughput.Run(ingestArgs);
if (args is [Entente.Benchmarks.Ingest.StorageOnly.Mode, .. var storageArgs])
    return Entente.Benchmarks.Ingest.StorageOnly.Run(storageArgs);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
