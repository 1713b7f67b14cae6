namespace Entente.EndToEnd.Tests;

/// <summary>
/// `entente export` → `entente init --empty` on a new database → `entente import` → `entente export`
/// again gives the same bytes, run as processes. The first database holds the bundled knowledge, an
/// ingested article (its document text travels in JSON) and an ingested note no claim cites.
/// </summary>
public sealed class RoundTripTests(ExportedDatabase exported) : IClassFixture<ExportedDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-roundtrip-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Csv_export_imported_twice_into_an_empty_database_exports_the_same_files()
    {
        var db = EmptyDatabase("csv.db");

        var first = Cli.Run(db, "import", "--format", "csv", exported.CsvFolder);
        var second = Cli.Run(db, "import", "--format", "csv", exported.CsvFolder);
        var again = Path.Combine(_folder, "again");
        var export = Cli.Run(db, "export", "--format", "csv", "--out", again);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains(" 0 already stored", first.Stdout, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains(" 0 claims added", second.Stdout, StringComparison.Ordinal);
        Assert.True(export.ExitCode == 0, export.ToString());
        foreach (var name in new[] { "actors.csv", "sources.csv", "claims.csv", "relations.csv" })
            Assert.True(SameBytes(Path.Combine(exported.CsvFolder, name), Path.Combine(again, name)), $"{name} differs after the round trip");
        Assert.Contains("Harbour notes", File.ReadAllText(Path.Combine(again, "sources.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_export_imported_twice_into_an_empty_database_exports_the_same_document_with_its_texts()
    {
        var db = EmptyDatabase("json.db");

        var first = Cli.Run(db, "import", "--format", "json", exported.JsonFile);
        var second = Cli.Run(db, "import", "--format", "json", exported.JsonFile);
        var again = Path.Combine(_folder, "again.json");
        var export = Cli.Run(db, "export", "--format", "json", "--out", again);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains(" 0 claims added", second.Stdout, StringComparison.Ordinal);
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.True(SameBytes(exported.JsonFile, again), "the JSON export differs after the round trip");
        var documents = System.Text.Json.JsonDocument.Parse(File.ReadAllText(again)).RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        Assert.Contains(documents, d => d.GetProperty("text").GetString()!.Contains("Sudan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_row_stops_the_import_with_file_line_and_column_and_nothing_is_stored()
    {
        var bad = BadCopy();
        var db = EmptyDatabase("stop.db");

        var result = Cli.Run(db, "import", "--format", "csv", bad);
        var claims = Cli.Run(db, "export", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{Path.Combine(bad, "claims.csv")}:2:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("'best_friends' is not a known relation type", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--on-error skip", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Json.Parse(claims).GetProperty("claims").EnumerateArray());
    }

    [Fact]
    public void With_on_error_skip_only_the_bad_row_is_left_out()
    {
        var bad = BadCopy();
        var db = EmptyDatabase("skip.db");

        var result = Cli.Run(db, "import", "--format", "csv", bad, "--on-error", "skip", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = Json.Parse(result);
        Assert.Equal(1, report.GetProperty("rowsSkipped").GetInt32());
        Assert.Equal(2, report.GetProperty("skipped")[0].GetProperty("line").GetInt32());
        Assert.Equal(exported.ClaimCount - 1, report.GetProperty("claimsAdded").GetInt32());
        Assert.Contains("skipped", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "claims.csv", "takes the folder an export wrote")]
    [InlineData("json", "", "is a folder; give the dataset file itself")]
    public void A_folder_for_a_file_or_a_file_for_a_folder_is_one_clear_line(string format, string inFolder, string message)
    {
        var result = Cli.Run(EmptyDatabase($"{format}-wrong.db"), "import", "--format", format, Path.Combine(exported.CsvFolder, inFolder));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    private string EmptyDatabase(string name)
    {
        var db = Path.Combine(_folder, name);
        var init = Cli.Run(db, "init", "--empty");
        Assert.True(init.ExitCode == 0, init.ToString());
        return db;
    }

    /// <summary>A copy of the CSV export whose first claim has a relation type that does not exist.</summary>
    private string BadCopy()
    {
        var bad = Path.Combine(_folder, "bad");
        Directory.CreateDirectory(bad);
        foreach (var file in Directory.GetFiles(exported.CsvFolder))
            File.Copy(file, Path.Combine(bad, Path.GetFileName(file)));
        var claims = Path.Combine(bad, "claims.csv");
        var lines = File.ReadAllLines(claims);
        var relation = Array.IndexOf(lines[0].Split(','), "relation");
        var fields = lines[1].Split(',');
        Assert.DoesNotContain('"', lines[1]);
        fields[relation] = "best_friends";
        lines[1] = string.Join(',', fields);
        File.WriteAllText(claims, string.Join('\n', lines) + "\n");
        return bad;
    }

    private static bool SameBytes(string expected, string actual) =>
        File.ReadAllBytes(expected).AsSpan().SequenceEqual(File.ReadAllBytes(actual));
}

/// <summary>A database with the bundled knowledge and two ingested documents, exported once as CSV and as JSON.</summary>
public sealed class ExportedDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-exported-").FullName;

    public ExportedDatabase()
    {
        var db = Path.Combine(_folder, "source.db");
        var note = Path.Combine(_folder, "harbour-notes.txt");
        File.WriteAllText(note, "Harbour notes\n\nThe ferry timetable in Lisbon changes in spring. Tickets cost more on weekends.\n");
        CsvFolder = Path.Combine(_folder, "csv");
        JsonFile = Path.Combine(_folder, "knowledge.json");
        foreach (var args in new[]
        {
            new[] { "init" },
            ["ingest", Path.Combine(AppContext.BaseDirectory, "Documents", "sudan-drones.txt"), "--accept"],
            ["ingest", note],
            ["export", "--format", "csv", "--out", CsvFolder],
            ["export", "--format", "json", "--out", JsonFile],
        })
        {
            var result = Cli.Run(db, args);
            if (result.ExitCode != 0)
                throw new InvalidOperationException($"entente {string.Join(' ', args)} failed: {result}");
        }
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(JsonFile));
        ClaimCount = json.RootElement.GetProperty("claims").GetArrayLength();
    }

    public string CsvFolder { get; }

    public string JsonFile { get; }

    /// <summary>How many claims the export holds.</summary>
    public int ClaimCount { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
