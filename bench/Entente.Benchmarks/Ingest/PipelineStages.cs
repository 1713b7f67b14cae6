using Entente.Benchmarks.Extraction;
using Entente.Extraction;
using Entente.Extraction.Documents;
using Entente.Extraction.Segmentation;

namespace Entente.Benchmarks.Ingest;

/// <summary>CPU time of each pipeline stage over documents already in memory: where a pipeline second goes.</summary>
internal static class PipelineStages
{
    public static void Report(ExtractionPipeline pipeline, IReadOnlyList<ReadResult.Read> texts, long bytes, DateOnly today)
    {
        var cleaned = new List<CleanDocument>(texts.Count);
        var clean = Timed.Best(1, CpuTime.OfThisThread, () => cleaned.AddRange(texts.Select(t => pipeline.Clean(t.Text, t.Format))));
        var units = new List<IReadOnlyList<Unit>>(texts.Count);
        var segment = Timed.Best(1, CpuTime.OfThisThread, () => units.AddRange(cleaned.Select(pipeline.Segment)));
        var claims = Timed.Best(1, CpuTime.OfThisThread, () =>
        {
            for (var i = 0; i < cleaned.Count; i++)
                pipeline.ReadClaims(cleaned[i], units[i], today);
        });
        GazetteerVsRipgrep.Report("  stage clean", bytes, clean);
        GazetteerVsRipgrep.Report("  stage segment", bytes, segment);
        GazetteerVsRipgrep.Report("  stage mentions + claims", bytes, claims);
    }
}
