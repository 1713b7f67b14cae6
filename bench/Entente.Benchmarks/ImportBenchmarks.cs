using BenchmarkDotNet.Attributes;
using Entente.Formats.Bundled;
using Entente.Formats.Interchange.Import;
using Entente.Formats.Interchange.Import.Alliances;
using Entente.Formats.Interchange.Import.UnVotes;
using Entente.Storage.Sqlite;

namespace Entente.Benchmarks;

/// <summary>
/// The parse + aggregate step of `entente import` (no database writes) on the real files in
/// ../shared/data: 870,109 UN votes into pair-years, 273,296 ATOP dyad-years into spells. Rows/s =
/// rows ÷ mean. Actor look-ups go to a bundled database, each run with a fresh (cold) cache.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private SqliteKnowledgeStore _store = null!;
    private string _votes = null!;
    private string _atop = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = SharedData();
        _votes = Path.Combine(data, "unga", "un_votes.csv");
        _atop = Path.Combine(data, "alliances", "atop_alliance_dyad_year.csv");
        var folder = Path.Combine(Path.GetTempPath(), "entente-bench");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "import-bundled.db");
        File.Delete(path);
        _store = SqliteKnowledgeStore.Open(path);
        _store.Write(BundledKnowledge.Load().Batch);
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark(Description = "unvotes: parse + tally 870,109 votes")]
    public int UnVotes() => new UnVotesImporter().Import(_votes, Context()).Voting!.Agreements.Count;

    [Benchmark(Description = "atop: parse + merge 273,296 dyad-years")]
    public int Atop() => new DyadYearImporter(DyadYearFormat.Atop).Import(_atop, Context()).Batch.Claims.Count;

    private ImportContext Context() => new(new ActorDirectory(_store.Names, _store.GetActor));

    private static string SharedData() =>
        RepositoryFolder.Find() is { } root
            ? Path.GetFullPath(Path.Combine(root, "..", "shared", "data"))
            : throw new DirectoryNotFoundException("Entente.sln not found above " + AppContext.BaseDirectory + "; the benchmark reads ../shared/data beside it.");
}
