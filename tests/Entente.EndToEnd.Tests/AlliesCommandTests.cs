namespace Entente.EndToEnd.Tests;

[Collection(BundledDatabaseCollection.Name)]
public sealed class AlliesCommandTests(BundledDatabase db)
{
    [Fact]
    public void Init_reports_what_it_loaded()
    {
        Assert.True(db.InitResult.ExitCode == 0, db.InitResult.ToString());
        Assert.Contains("actors", db.InitResult.Stdout);
    }

    [Fact]
    public void A_leaders_name_does_not_answer_for_the_state_but_points_to_it()
    {
        var result = Cli.Run(db.Path, "allies", "Putin");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("No actor is called 'Putin'", result.Stderr);
        Assert.Contains("Russia (russia", result.Stderr);
    }

    [Fact]
    public void Irans_answer_has_the_design_shape_and_the_expected_tiers()
    {
        var answer = Json.Parse(Cli.Run(db.Path, "allies", "Iran", "--format", "json"));

        Assert.Equal("iran", answer.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal(Cli.Today, answer.GetProperty("asOf").GetString());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("summary").GetString()));
        var core = Json.Ids(Json.Members(answer, "core"));
        Assert.Contains("hezbollah", core);
        Assert.Contains("houthis", core);
        Assert.Contains("palestinian-islamic-jihad", core);
        var great = Json.Ids(Json.Members(answer, "great_power"));
        Assert.Contains("russia", great);
        Assert.Contains("china", great);
        Assert.Contains("assad-government", Json.Ids(answer.GetProperty("former").EnumerateArray()));
        var adversaries = Json.Ids(answer.GetProperty("adversaries").EnumerateArray());
        Assert.Contains("united-states", adversaries);
        Assert.Contains("israel", adversaries);
        var blocs = answer.GetProperty("blocs").EnumerateArray().Select(b => b.GetProperty("id").GetString()).ToList();
        Assert.Contains("axis-of-resistance", blocs);
        Assert.Contains("sco", blocs);
        Assert.Contains("brics", blocs);
    }

    [Fact]
    public void Every_member_carries_type_label_areas_dates_and_sources()
    {
        var answer = Json.Parse(Cli.Run(db.Path, "allies", "Iran", "--format", "json"));
        var hezbollah = Json.Members(answer, "core").Single(m => Json.Id(m) == "hezbollah");

        Assert.Equal("proxy", hezbollah.GetProperty("relation").GetString());
        Assert.Equal("Non-state proxy ally", hezbollah.GetProperty("label").GetString());
        Assert.Equal("LBN", hezbollah.GetProperty("actor").GetProperty("country").GetString());
        Assert.StartsWith("1982", hezbollah.GetProperty("since").GetString());
        Assert.Contains("weapons", hezbollah.GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
        foreach (var member in Json.AllMembers(answer))
        {
            var sources = member.GetProperty("sources").EnumerateArray().ToList();
            Assert.NotEmpty(sources);
            Assert.All(sources, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("title").GetString())));
            Assert.All(sources, s => Assert.Matches("^[A-F][1-6]$", s.GetProperty("reliability").GetString()));
        }
    }

    [Fact]
    public void As_of_mid_2023_the_assad_government_is_a_core_partner_again()
    {
        var answer = Json.Parse(Cli.Run(db.Path, "allies", "Iran", "--as-of", "2023-06-01", "--format", "json"));

        Assert.Equal("2023-06-01", answer.GetProperty("asOf").GetString());
        Assert.Contains("assad-government", Json.Ids(Json.Members(answer, "core")));
        Assert.DoesNotContain("assad-government", Json.Ids(answer.GetProperty("former").EnumerateArray()));
    }

    [Fact]
    public void Today_the_assad_government_is_former_with_its_end_date()
    {
        var answer = Json.Parse(Cli.Run(db.Path, "allies", "Iran", "--format", "json"));
        var assad = answer.GetProperty("former").EnumerateArray().Single(m => Json.Id(m) == "assad-government");
        Assert.Equal("2024-12-08", assad.GetProperty("until").GetString());
    }

    [Fact]
    public void Relations_that_had_not_begun_are_absent()
    {
        var answer = Json.Parse(Cli.Run(db.Path, "allies", "Iran", "--as-of", "1985-01-01", "--format", "json"));
        var everyone = Json.Ids(Json.AllMembers(answer));
        Assert.DoesNotContain("houthis", everyone);
        Assert.DoesNotContain("hamas", everyone);
        Assert.DoesNotContain("brics", answer.GetProperty("blocs").EnumerateArray().Select(b => b.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("IRN")]
    [InlineData("islamic republic of iran")]
    [InlineData("Tehran")]
    public void The_actor_resolves_by_code_official_name_and_capital(string name)
    {
        var answer = Json.Parse(Cli.Run(db.Path, "allies", name, "--format", "json"));
        Assert.Equal("iran", answer.GetProperty("subject").GetProperty("id").GetString());
    }

    [Fact]
    public void Out_writes_the_format_its_extension_names()
    {
        var file = Path.Combine(Path.GetDirectoryName(db.Path)!, "iran.html");
        var result = Cli.Run(db.Path, "allies", "Iran", "--out", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        var html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        foreach (var column in new[] { "Country / Actor", "Type of relationship", "Main areas of cooperation", "Sources" })
            Assert.Contains(column, html);
    }

    [Fact]
    public void Csv_has_one_row_per_actor()
    {
        var result = Cli.Run(db.Path, "allies", "Iran", "--format", "csv");
        var answer = Json.Parse(Cli.Run(db.Path, "allies", "Iran", "--format", "json"));

        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("tier,", lines[0]);
        Assert.Equal(Json.AllMembers(answer).Count(), lines.Length - 1);
    }

    [Fact]
    public void Text_and_markdown_reports_name_the_tiers()
    {
        var text = Cli.Run(db.Path, "allies", "Iran");
        var markdown = Cli.Run(db.Path, "allies", "Iran", "--format", "markdown");

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.DoesNotContain('\u001b', text.Stdout);
        Assert.Contains("Hezbollah", text.Stdout);
        Assert.Contains("Great-power partners", markdown.Stdout);
        Assert.Contains("Hezbollah", markdown.Stdout);
    }
}
