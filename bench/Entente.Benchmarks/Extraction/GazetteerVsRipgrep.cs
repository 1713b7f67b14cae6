using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Entente.Extraction.Mentions;
using Entente.Formats.Bundled;

namespace Entente.Benchmarks.Extraction;

/// <summary>
/// The gazetteer against ripgrep on the same ≥100 MB text: builds the corpus from the evaluation
/// documents, writes the gazetteer's forms to aliases.txt, times <see cref="Gazetteer.Count"/> and
/// <see cref="Gazetteer.Find(ReadOnlySpan{char}, ICollection{Mention}, int)"/> on one thread and
/// `rg -c -F -f aliases.txt corpus.txt`, and prints MB/s (10^6 bytes of UTF-8) and the ratio; then
/// times the segmenter over the same text. Best of several runs, since the machine is shared.
/// </summary>
internal static class GazetteerVsRipgrep
{
    public const string Mode = "gazetteer-vs-rg";

    public static int Run(string[] args)
    {
        var options = RunOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine($"Usage: {Mode} [--size-mb N (100)] [--runs N (3)] [--eval DIR (tests/eval)] [--work DIR (temp)] [--rg PATH (rg)] [--parts gazetteer,find,rg,segmenter]");
            return 2;
        }
        Directory.CreateDirectory(options.Work);
        var corpusPath = Path.Combine(options.Work, "corpus.txt");
        var aliasesPath = Path.Combine(options.Work, "aliases.txt");

        var paragraphs = EvaluationCorpus.Paragraphs(options.Eval);
        var bytes = EvaluationCorpus.Write(paragraphs, corpusPath, options.SizeMb * 1_000_000L);
        var gazetteer = Gazetteer.Build(BundledKnowledge.Load().Batch.Actors);
        var aliases = gazetteer.Entries.Select(e => e.Text).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
        File.WriteAllLines(aliasesPath, aliases, new UTF8Encoding(false));

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        Console.WriteLine($"corpus: {corpusPath}: {Mb(bytes):F1} MB, {paragraphs.Count} paragraphs of the documents under {options.Eval}, shuffled and repeated");
        Console.WriteLine($"aliases: {aliasesPath}: {aliases.Count} forms (names, aliases, codes, capitals, demonyms)");

        var read = Stopwatch.StartNew();
        var text = File.ReadAllText(corpusPath, Encoding.UTF8);
        read.Stop();
        Console.WriteLine($"read corpus into memory: {read.Elapsed.TotalSeconds:F2} s (not counted below)");

        for (var i = 0; i < 5; i++)
            gazetteer.Count(text.AsSpan(0, Math.Min(text.Length, 4_000_000))); // let the JIT reach its final code
        var mentions = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var gazetteerTime = Timed.Best(options.Runs, CpuTime.OfThisThread, () => mentions = gazetteer.Count(text));
        allocated = (GC.GetAllocatedBytesForCurrentThread() - allocated) / options.Runs;
        Report($"Gazetteer.Count, 1 thread, {mentions:N0} mentions, {allocated:N0} bytes allocated per run", bytes, gazetteerTime);
        if (options.Parts.Contains("find"))
            MeasureFind(gazetteer, text, bytes, options.Runs);

        if (options.Parts.Contains("rg"))
            CompareWithRipgrep(options, bytes, gazetteerTime);
        if (options.Parts.Contains("segmenter"))
            SegmenterRun.Measure(text, bytes, options.Runs);
        return 0;
    }

    /// <summary>What the pipeline calls: the same scan, each mention made into an object with its surface string.</summary>
    private static void MeasureFind(Gazetteer gazetteer, string text, long bytes, int runs)
    {
        var found = new List<Mention>(2_000_000);
        var time = Timed.Best(runs, CpuTime.OfThisThread, () =>
        {
            found.Clear();
            gazetteer.Find(text, found);
        });
        Report($"Gazetteer.Find, 1 thread, {found.Count:N0} mentions", bytes, time);
    }

    private static void CompareWithRipgrep(RunOptions options, long bytes, Timed gazetteerTime)
    {
        var rg = new Ripgrep(options.Rg, options.Work);
        var rgLines = rg.Run(options.Runs, "-c", "-F", "-f", "aliases.txt", "corpus.txt");
        Report($"rg -c -F -f aliases.txt corpus.txt, {rgLines.Output} matching lines", bytes, rgLines.Time);
        var rgMatches = rg.Run(options.Runs, "--count-matches", "-F", "-f", "aliases.txt", "corpus.txt");
        Report($"rg --count-matches -F -f aliases.txt corpus.txt, {rgMatches.Output} matches", bytes, rgMatches.Time);
        Console.WriteLine($"ratio gazetteer MB/s ÷ rg -c MB/s: {Ratio(rgLines.Time, gazetteerTime)}; "
            + $"÷ rg --count-matches MB/s: {Ratio(rgMatches.Time, gazetteerTime)} (above 1: the gazetteer is faster)");
    }

    internal static void Report(string what, long bytes, Timed time) =>
        Console.WriteLine($"{what}: wall {time.Wall.TotalSeconds:F3} s = {Mb(bytes) / time.Wall.TotalSeconds:F0} MB/s, "
            + $"CPU {time.Cpu.TotalSeconds:F3} s = {Mb(bytes) / time.Cpu.TotalSeconds:F0} MB/s");

    private static string Ratio(Timed rg, Timed gazetteer) =>
        $"{rg.Wall / gazetteer.Wall:F2} by wall clock, {rg.Cpu / gazetteer.Cpu:F2} by CPU time";

    private static double Mb(long bytes) => bytes / 1_000_000.0;
}

internal sealed record RunOptions(int SizeMb, int Runs, string Eval, string Work, string Rg, string[] Parts)
{
    public static RunOptions? Parse(string[] args)
    {
        var options = new RunOptions(100, 3, Path.Combine(RepositoryFolder.Root(), "tests", "eval"), Path.Combine(Path.GetTempPath(), "entente-gazetteer-vs-rg"), "rg", ["gazetteer", "find", "rg", "segmenter"]);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--size-mb" when int.TryParse(args[i + 1], out var mb) && mb > 0 => options with { SizeMb = mb },
                "--runs" when int.TryParse(args[i + 1], out var runs) && runs > 0 => options with { Runs = runs },
                "--eval" => options with { Eval = Path.GetFullPath(args[i + 1]) },
                "--work" => options with { Work = Path.GetFullPath(args[i + 1]) },
                "--rg" => options with { Rg = args[i + 1] },
                "--parts" => options with { Parts = args[i + 1].Split(',') },
                _ => null,
            };
            if (options is null)
                return null;
        }
        return args.Length % 2 == 0 ? options : null;
    }
}
