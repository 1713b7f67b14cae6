using BenchmarkDotNet.Attributes;
using Entente.Answers;
using Entente.Assessing;
using Entente.Formats;
using Entente.Formats.Bundled;
using Entente.Resolution;
using Entente.Storage.Sqlite;

namespace Entente.Benchmarks;

/// <summary>
/// The `allies` answer warm: resolve the name, load the slice from SQLite, assess and group, render
/// JSON. On the bundled data (Iran) and on the generated 100,000-actor, 1,000,000-claim database.
/// </summary>
[MemoryDiagnoser]
public class AlliesBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 1, 15);
    private readonly AnswerBuilder _builder = new(new AssessmentEngine(ScoringModel.Default));
    private SqliteKnowledgeStore _bundled = null!;
    private SqliteKnowledgeStore _generated = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-bench");
        Directory.CreateDirectory(folder);
        var bundledPath = Path.Combine(folder, "bundled.db");
        File.Delete(bundledPath);
        _bundled = SqliteKnowledgeStore.Open(bundledPath);
        _bundled.Write(BundledKnowledge.Load().Batch);
        _generated = SqliteKnowledgeStore.Open(GeneratedKnowledge.Ensure(Path.Combine(folder, "generated-100k-1m.db")));
        Console.WriteLine($"// bundled: {_bundled.Counts()}; generated: {_generated.Counts()}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _bundled.Dispose();
        _generated.Dispose();
    }

    [Benchmark(Description = "allies Iran, bundled data (resolve + slice + assess)")]
    public Answer AlliesIranBundled() => Answer(_bundled, "Iran");

    [Benchmark(Description = "allies Iran, bundled data, rendered as JSON")]
    public int AlliesIranBundledJson()
    {
        var writer = new StringWriter();
        AnswerRenderer.Render(Answer(_bundled, "Iran"), ReportFormat.Json, writer, false, 120);
        return writer.GetStringBuilder().Length;
    }

    [Benchmark(Description = "allies of one actor, 100k actors / 1M claims (resolve + slice + assess)")]
    public Answer AlliesGenerated() => Answer(_generated, "Actor 004242");

    private Answer Answer(SqliteKnowledgeStore store, string name)
    {
        var found = (ActorResolution.Found)new ActorResolver(store.Names).Resolve(name);
        return _builder.Build(store.LoadSlice(found.ActorId)!, AsOf);
    }
}
