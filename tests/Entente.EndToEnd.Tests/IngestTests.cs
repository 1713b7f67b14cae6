using System.Text;
using System.Text.Json;

namespace Entente.EndToEnd.Tests;

/// <summary>`entente ingest`, then `claims`, `review` and `allies` over what it stored, on a database of its own.</summary>
public sealed class IngestTests : IDisposable
{
    private static readonly string Documents = Path.Combine(AppContext.BaseDirectory, "Documents");
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-ingest-").FullName;
    private readonly string _db;

    public IngestTests()
    {
        _db = Path.Combine(_folder, "entente.db");
        var init = Cli.Run(_db, "init");
        Assert.True(init.ExitCode == 0, init.ToString());
    }

    [Fact]
    public void Ingest_with_accept_makes_the_document_a_source_of_the_answer()
    {
        var ingest = Cli.Run(_db, "ingest", Path.Combine(Documents, "sudan-drones.txt"), "--accept");
        // The Sudanese Armed Forces are an actor of their own: the document arms them, not the state.
        var answer = Json.Parse(Cli.Run(_db, "allies", "Sudanese Armed Forces", "--format", "json"));

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var iran = Json.AllMembers(answer).Single(m => Json.Id(m) == "iran");
        var sources = iran.GetProperty("sources").EnumerateArray().ToList();
        // Bundled sources carry a note and no quote; the ingested document's source carries its quoted passage.
        Assert.Contains(sources, s => s.GetProperty("quote").GetString() is { } quote && quote.Contains("Iran arms the Sudanese Armed Forces", StringComparison.Ordinal));
    }

    [Fact]
    public void A_condemnation_is_never_read_as_an_alliance()
    {
        Cli.Run(_db, "ingest", Path.Combine(Documents, "sudan-drones.txt"), "--accept");
        var claims = JsonDocument.Parse(Cli.Run(_db, "claims", "--about", "UAE", "--format", "json").Stdout).RootElement;

        var fromDocument = claims.EnumerateArray().Where(c => c.GetProperty("source").GetProperty("id").GetString()!.StartsWith("doc-", StringComparison.Ordinal)).ToList();
        Assert.All(fromDocument, c => Assert.True(
            c.GetProperty("polarity").GetString() == "denies" || c.GetProperty("predicate").GetString() is "adversary" or "rival",
            c.ToString()));
    }

    [Fact]
    public void Ingesting_the_same_document_twice_changes_nothing()
    {
        var path = Path.Combine(Documents, "sudan-drones.txt");
        var first = JsonDocument.Parse(Cli.Run(_db, "ingest", path, "--json").Stdout).RootElement;
        var claimsAfterFirst = Cli.Run(_db, "claims", "--format", "json").Stdout;
        var second = Cli.Run(_db, "ingest", path, "--json");

        Assert.True(second.ExitCode == 0, second.ToString());
        var summary = JsonDocument.Parse(second.Stdout).RootElement;
        Assert.Equal(1, first.GetProperty("read").GetInt32());
        Assert.True(first.GetProperty("claims").GetInt32() > 0);
        Assert.Equal(0, summary.GetProperty("read").GetInt32());
        Assert.Equal(1, summary.GetProperty("alreadyStored").GetInt32());
        Assert.Equal(claimsAfterFirst, Cli.Run(_db, "claims", "--format", "json").Stdout);
    }

    [Fact]
    public void Bad_files_are_skipped_with_a_reason_and_the_others_are_stored()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "mixed")).FullName;
        File.Copy(Path.Combine(Documents, "sudan-drones.txt"), Path.Combine(folder, "good.txt"));
        File.WriteAllBytes(Path.Combine(folder, "image.html"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        File.WriteAllText(Path.Combine(folder, "big.txt"), new string('x', 2 * 1024 * 1024));

        var result = Cli.Run(_db, "ingest", folder, "--max-size", "1", "--json");

        Assert.Equal(1, result.ExitCode);
        var summary = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(1, summary.GetProperty("read").GetInt32());
        Assert.Equal(2, summary.GetProperty("skipped").GetInt32());
        var reasons = summary.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => Path.GetFileName(d.GetProperty("path").GetString()!), d => d.GetProperty("reason").GetString() ?? "");
        Assert.Contains("PNG", reasons["image.html"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("over the limit", reasons["big.txt"], StringComparison.Ordinal);
        Assert.Contains("Iran arms", Cli.Run(_db, "claims", "--status", "candidate").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error_that_names_it()
    {
        var result = Cli.Run(_db, "ingest", Path.Combine(_folder, "nowhere.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nowhere.txt", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Contains("does not exist", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Personal_data_of_private_persons_is_not_stored()
    {
        var ingest = Cli.Run(_db, "ingest", Path.Combine(Documents, "author-page.html"));

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var stored = Encoding.UTF8.GetString(File.ReadAllBytes(_db)) + (File.Exists(_db + "-wal") ? Encoding.UTF8.GetString(File.ReadAllBytes(_db + "-wal")) : "");
        Assert.Contains("closest military ally", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("jane.example@example.org", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("555 0147", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("@janeexample", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_accepts_and_rejects_candidates_from_standard_input()
    {
        Cli.Run(_db, "ingest", Path.Combine(Documents, "author-page.html"));
        var candidates = JsonDocument.Parse(Cli.Run(_db, "claims", "--status", "candidate", "--format", "json").Stdout).RootElement.GetArrayLength();
        Assert.True(candidates >= 1);

        var review = Cli.RunWithInput(_db, new Dictionary<string, string>(), "a\n" + string.Concat(Enumerable.Repeat("r\n", candidates - 1)), "review");

        Assert.True(review.ExitCode == 0, review.ToString());
        Assert.Contains($"Accepted 1, rejected {candidates - 1}", review.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, JsonDocument.Parse(Cli.Run(_db, "claims", "--status", "candidate", "--format", "json").Stdout).RootElement.GetArrayLength());
        Assert.Equal(1, JsonDocument.Parse(Cli.Run(_db, "claims", "--status", "accepted", "--about", "belarus", "--format", "json").Stdout).RootElement
            .EnumerateArray().Count(c => c.GetProperty("source").GetProperty("id").GetString()!.StartsWith("doc-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Review_edit_records_the_analysts_own_claim()
    {
        Cli.Run(_db, "ingest", Path.Combine(Documents, "author-page.html"));

        var review = Cli.RunWithInput(_db, new Dictionary<string, string> { ["USER"] = "tester" }, "e\nstrategic_partner\nq\n", "review");

        Assert.True(review.ExitCode == 0, review.ToString());
        var accepted = JsonDocument.Parse(Cli.Run(_db, "claims", "--status", "accepted", "--about", "belarus", "--format", "json").Stdout).RootElement;
        Assert.Contains(accepted.EnumerateArray(), c => c.GetProperty("source").GetProperty("id").GetString() == "analyst-tester"
            && c.GetProperty("predicate").GetString() == "strategic_partner");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
