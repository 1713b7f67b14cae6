using System.Text.Json;

namespace Entente.EndToEnd.Tests;

/// <summary>`entente import` through the real CLI, on the real datasets in ../shared/data and on malformed files it writes.</summary>
public sealed class ImportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-import-e2e-").FullName;

    private string NewDatabase()
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
        Assert.Equal(0, Cli.Run(path, "init").ExitCode);
        return path;
    }

    private static string Data(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", relative));
        }
        throw new DirectoryNotFoundException("Entente.sln not found above " + AppContext.BaseDirectory);
    }

    private static JsonElement ImportJson(string db, params string[] args)
    {
        var result = Cli.Run(db, ["import", .. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    private static int ClaimsBy(string db, string producer)
    {
        var result = Cli.Run(db, "claims", "--format", "json", "--limit", "100000");
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().Count(c => c.GetProperty("producedBy").GetString() == producer);
    }

    [Fact]
    public void Cow_alliances_import_once_and_a_second_import_changes_nothing()
    {
        var db = NewDatabase();
        var file = Data("alliances/cow_alliance_dyad_year.csv");

        var first = ImportJson(db, "--format", "cow", file);
        var second = ImportJson(db, "--format", "cow", file);

        Assert.Equal(120_784, first.GetProperty("rowsRead").GetInt32());
        Assert.Equal(2888, first.GetProperty("claimsAdded").GetInt32());
        Assert.Equal((0, 2888), (second.GetProperty("claimsAdded").GetInt32(), second.GetProperty("claimsAlreadyStored").GetInt32()));
        Assert.Equal(2888, ClaimsBy(db, "import:cow"));
        var iran = Cli.Run(db, "claims", "--about", "Iran", "--format", "text", "--limit", "100000");
        Assert.Contains("iran formal_alliance syria (2006 – 2013)", iran.Stdout);
    }

    [Fact]
    public void A_malformed_row_stops_the_import_and_stores_nothing()
    {
        var db = NewDatabase();
        var file = MalformedCow();

        var result = Cli.Run(db, "import", "--format", "cow", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:3:14: cow_defense must be 0 or 1, found 'x'", result.Stderr);
        Assert.Contains("Nothing was imported", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal(0, ClaimsBy(db, "import:cow"));
    }

    [Fact]
    public void Skip_stores_the_good_rows_and_reports_the_bad_ones()
    {
        var db = NewDatabase();
        var file = MalformedCow();

        var result = Cli.Run(db, "import", "--format", "cow", file, "--on-error", "skip");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"skipped {file}:3:14:", result.Stderr);
        Assert.Contains("1 skipped", result.Stdout);
        Assert.Equal(1, ClaimsBy(db, "import:cow"));
    }

    [Fact]
    public void Un_votes_show_in_answers_as_voting_agreement()
    {
        var db = NewDatabase();

        var imported = ImportJson(db, "--format", "unvotes", Data("unga/un_votes.csv"));
        var again = ImportJson(db, "--format", "unvotes", Data("unga/un_votes.csv"));

        Assert.Equal(870_109, imported.GetProperty("rowsRead").GetInt32());
        Assert.True(imported.GetProperty("votingRowsAdded").GetInt32() > 700_000);
        Assert.Equal(0, again.GetProperty("votingRowsAdded").GetInt32());
        var answer = Json.Parse(Cli.Run(db, "allies", "Iran", "--format", "json"));
        var russia = Json.AllMembers(answer).Single(m => Json.Id(m) == "russia");
        var voting = russia.GetProperty("unVotingAgreement");
        Assert.Equal((2020, 2018), (voting.GetProperty("year").GetInt32(), voting.GetProperty("since").GetInt32()));
        Assert.True(voting.GetProperty("votes").GetInt32() > 150);
        Assert.InRange(voting.GetProperty("share").GetDouble(), 0.5, 0.9);
    }

    [Fact]
    public void Mitre_groups_attributed_to_Iran_become_its_cyber_proxies()
    {
        var db = NewDatabase();

        var imported = ImportJson(db, "--format", "stix", Data("cti/mitre-attack-groups-iran-relationships.stix20.json"));

        Assert.True(imported.GetProperty("claimsAdded").GetInt32() > 50);
        var claims = Cli.Run(db, "claims", "--about", "APT34", "--format", "text");
        Assert.Contains("iran proxy oilrig [cyber]", claims.Stdout);
        Assert.Contains("OilRig (G0049)", claims.Stdout);
    }

    [Fact]
    public void An_unknown_format_or_a_missing_file_is_a_clear_error()
    {
        var db = NewDatabase();

        var format = Cli.Run(db, "import", "--format", "xlsx", Data("alliances/cow_states.csv"));
        var missing = Cli.Run(db, "import", "--format", "cow", Path.Combine(_folder, "nope.csv"));
        var policy = Cli.Run(db, "import", "--format", "cow", Data("alliances/cow_alliance_dyad_year.csv"), "--on-error", "maybe");

        Assert.Equal(1, format.ExitCode);
        Assert.Contains("--format 'xlsx' is not one of: cow, atop, unvotes, stix, ucdp-acd, ucdp-actors, misp", format.Stderr);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("No file at", missing.Stderr);
        Assert.Equal(1, policy.ExitCode);
        Assert.Contains("--on-error 'maybe'", policy.Stderr);
    }

    private string MalformedCow()
    {
        File.WriteAllText(Path.Combine(_folder, "cow_states.csv"), "stateabb,ccode,statenme,styear,endyear\nIRN,630,Iran,1855,2016\nSYR,652,Syria,1946,2016\n");
        var path = Path.Combine(_folder, "cow.csv");
        File.WriteAllText(path, "ccode1,ccode2,year,cow_defense,cow_neutral,cow_nonagg,cow_entente\n630,652,2006,0,0,0,1\n630,652,2007,x,0,0,1\n");
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
