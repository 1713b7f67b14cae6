using Entente.Extraction.Documents;
using Entente.Extraction.Segmentation;

namespace Entente.Benchmarks.Extraction;

/// <summary>The segmenter over the corpus cut into documents of 40 paragraphs (cutting them is not timed).</summary>
internal static class SegmenterRun
{
    private const int ParagraphsPerDocument = 40;

    public static void Measure(string text, long bytes, int runs)
    {
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var documents = paragraphs.Chunk(ParagraphsPerDocument)
            .Select(chunk => new CleanDocument(null, chunk.Select(p => new TextBlock(BlockKind.Paragraph, p)).ToArray()))
            .ToArray();
        var segmenter = new Segmenter();
        var units = 0L;
        var time = Timed.Best(runs, CpuTime.OfThisThread, () =>
        {
            units = 0;
            foreach (var document in documents)
                units += segmenter.Split(document).Count;
        });
        GazetteerVsRipgrep.Report($"Segmenter.Split, 1 thread, {documents.Length:N0} documents, {units:N0} units", bytes, time);
    }
}
