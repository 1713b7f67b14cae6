using System.Text.Json;
using System.Xml.Linq;

namespace Entente.EndToEnd.Tests;

/// <summary>`entente export` run as a process on a database filled by `entente init`.</summary>
[Collection(BundledDatabaseCollection.Name)]
public sealed class ExportTests(BundledDatabase db) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_STIX_bundle_goes_to_standard_output_and_is_the_same_on_a_second_run()
    {
        var first = Cli.Run(db.Path, "export", "--format", "stix");
        var second = Cli.Run(db.Path, "export", "--format", "stix");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(first.Stdout, second.Stdout);
        var bundle = JsonDocument.Parse(first.Stdout).RootElement;
        Assert.Equal("bundle", bundle.GetProperty("type").GetString());
        var types = bundle.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("type").GetString()).ToList();
        Assert.True(types.Count(t => t == "relationship") > 100, $"{types.Count(t => t == "relationship")} relationships");
        Assert.Contains("threat-actor", types);
    }

    [Fact]
    public void The_neighbourhood_of_an_actor_named_any_way_goes_to_a_GraphML_file()
    {
        var file = Path.Combine(_folder, "iran.graphml");
        var result = Cli.Run(db.Path, "export", "--format", "graphml", "--about", "Tehran", "--depth", "1", "--out", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Stdout);
        Assert.Contains("Wrote", result.Stderr);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var nodes = XDocument.Load(file).Descendants(ns + "node").Select(n => (string)n.Attribute("id")!).ToList();
        Assert.Contains("iran", nodes);
        Assert.Contains("hezbollah", nodes);
        Assert.DoesNotContain("al-shabaab", nodes);
        Assert.False(File.Exists(file + ".partial"));
    }

    [Fact]
    public void Csv_writes_four_files_into_the_folder_given()
    {
        var folder = Path.Combine(_folder, "csv");
        var result = Cli.Run(db.Path, "export", "--format", "csv", "--out", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["actors.csv", "claims.csv", "relations.csv", "sources.csv"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Assert.StartsWith("id,kind,name,", File.ReadAllText(Path.Combine(folder, "actors.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_mid_2023_the_Assad_government_is_a_current_partner_and_today_a_former_one()
    {
        static JsonElement Relation(CliResult result) => JsonDocument.Parse(result.Stdout).RootElement.GetProperty("relations").EnumerateArray()
            .Single(r => r.GetProperty("source").GetString() is "assad-government" or "iran" && r.GetProperty("target").GetString() is "assad-government" or "iran");

        var then = Cli.Run(db.Path, "export", "--format", "json", "--as-of", "2023-06-01");
        var now = Cli.Run(db.Path, "export", "--format", "json");

        Assert.True(then.ExitCode == 0, then.ToString());
        Assert.False(Relation(then).GetProperty("former").GetBoolean());
        Assert.True(Relation(now).GetProperty("former").GetBoolean());
        Assert.Equal("2023-06-01", JsonDocument.Parse(then.Stdout).RootElement.GetProperty("asOf").GetString());
    }

    [Theory]
    [InlineData("--format xml", "--format 'xml' is not one of: stix, graphml, gexf, csv, json")]
    [InlineData("--format csv", "give the folder to write them to with --out DIR")]
    [InlineData("--format stix --depth 2", "--depth 2: give it with --about")]
    [InlineData("--format stix --about Iran --depth 0", "as a number from 1 to 10")]
    [InlineData("--format gexf --as-of 2030-01-01", "is in the future")]
    [InlineData("--format stix --about Atlantis", "No actor is called 'Atlantis'")]
    public void Mistakes_get_one_clear_line_and_exit_code_1(string args, string message)
    {
        var result = Cli.Run(db.Path, ["export", .. args.Split(' ')]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Empty(result.Stdout);
    }
}
