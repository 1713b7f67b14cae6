namespace Entente.EndToEnd.Tests;

public sealed class FirstUseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-first-").FullName;

    [Fact]
    public void Without_db_the_default_database_is_created_and_filled_on_first_use()
    {
        var path = Path.Combine(_folder, "data", "entente.db");
        var environment = new Dictionary<string, string> { ["ENTENTE_DB"] = path };

        var first = Cli.RunWith(null, environment, "allies", "Iran", "--format", "json");
        var second = Cli.RunWith(null, environment, "allies", "Iran", "--format", "json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Created", first.Stderr);
        Assert.True(File.Exists(path));
        Assert.DoesNotContain("Created", second.Stderr);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public void Init_twice_adds_nothing_the_second_time()
    {
        var path = Path.Combine(_folder, "twice.db");
        var first = Cli.Run(path, "init");
        var second = Cli.Run(path, "init");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(first.Stdout.Split('\n')[1], second.Stdout.Split('\n')[1]);
    }

    [Fact]
    public void An_empty_database_knows_the_actors_but_no_relations()
    {
        var path = Path.Combine(_folder, "empty.db");
        var init = Cli.Run(path, "init", "--empty");
        var answer = Json.Parse(Cli.Run(path, "allies", "Iran", "--format", "json"));

        Assert.Contains(" 0 claims", init.Stdout);
        Assert.Empty(Json.AllMembers(answer));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
