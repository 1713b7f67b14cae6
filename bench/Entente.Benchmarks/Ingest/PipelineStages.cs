using System.Diagnostics;
using System.Globalization;
using Entente.Benchmarks.Extraction;
using Entente.Extraction;
using Entente.Extraction.Documents;

namespace Entente.Benchmarks.Ingest;

/// <summary>
/// The pipeline over documents already in memory, stage by stage: where a pipeline second goes.
/// It first runs once over the whole corpus untimed, so that every path it takes on these documents
/// is compiled at full optimisation (a warm-up of the first 3,000 documents left the cleaner partly
/// unoptimised). The timed run then streams each document through the three stages, as an ingest
/// does, adding up each stage's CPU time: timing a stage over the whole corpus at once kept every
/// document's output alive and charged the stage for the garbage collector copying it.
/// </summary>
internal static class PipelineStages
{
    public static long Report(ExtractionPipeline pipeline, IReadOnlyList<ReadResult.Read> texts, long bytes, DateOnly today)
    {
        var warm = Timed.Best(1, CpuTime.OfThisThread, () =>
        {
            foreach (var t in texts)
                pipeline.Extract(t.Text, t.Format, today);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  warm-up: the pipeline ran once over all {texts.Count:N0} documents before the timed run (CPU {warm.Cpu.TotalSeconds:F3} s)"));

        TimeSpan clean = default, segment = default, claims = default;
        long found = 0;
        var started = Stopwatch.GetTimestamp();
        var cpuBefore = CpuTime.OfThisThread();
        foreach (var t in texts)
        {
            var before = CpuTime.OfThisThread();
            var cleaned = pipeline.Clean(t.Text, t.Format);
            var afterClean = CpuTime.OfThisThread();
            var units = pipeline.Segment(cleaned);
            var afterSegment = CpuTime.OfThisThread();
            found += pipeline.ReadClaims(cleaned, units, today).Claims.Count;
            var afterClaims = CpuTime.OfThisThread();
            clean += afterClean - before;
            segment += afterSegment - afterClean;
            claims += afterClaims - afterSegment;
        }
        var total = new Timed(Stopwatch.GetElapsedTime(started), CpuTime.OfThisThread() - cpuBefore);
        Stage("clean", bytes, clean);
        Stage("segment", bytes, segment);
        Stage("mentions + claims", bytes, claims);
        GazetteerVsRipgrep.Report("pipeline (storage excluded): clean + segment + mentions + claims", bytes, total);
        return found;
    }

    /// <summary>A stage's CPU time only: its wall time is not measured apart, only the pipeline's.</summary>
    private static void Stage(string name, long bytes, TimeSpan cpu) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  stage {name}: CPU {cpu.TotalSeconds:F3} s = {bytes / 1_000_000.0 / cpu.TotalSeconds:F0} MB/s"));
}
