namespace Entente.EndToEnd.Tests;

[Collection(BundledDatabaseCollection.Name)]
public sealed class ErrorTests(BundledDatabase db)
{
    [Fact]
    public void An_unknown_actor_lists_the_closest_matches()
    {
        var result = Cli.Run(db.Path, "allies", "Atlantis");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No actor is called 'Atlantis'", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void A_misspelt_actor_suggests_the_right_one()
    {
        var result = Cli.Run(db.Path, "allies", "Hezbolah");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("hezbollah", result.Stderr);
    }

    [Fact]
    public void An_ambiguous_actor_lists_its_meanings()
    {
        var result = Cli.Run(db.Path, "allies", "Korea");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ambiguous", result.Stderr);
        Assert.Contains("north-korea", result.Stderr);
        Assert.Contains("south-korea", result.Stderr);
    }

    [Fact]
    public void A_date_in_the_future_is_refused()
    {
        var result = Cli.Run(db.Path, "allies", "Iran", "--as-of", "2030-01-01");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("in the future", result.Stderr);
    }

    [Theory]
    [InlineData("--as-of", "yesterday", "is not a date")]
    [InlineData("--format", "pdf", "is not one of")]
    public void A_bad_option_value_says_what_is_accepted(string option, string value, string message)
    {
        var result = Cli.Run(db.Path, "allies", "Iran", option, value);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Stderr);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var result = Cli.Run(null, "alies", "Iran");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("entente --help", result.Stderr);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_left_alone()
    {
        var path = Path.Combine(Path.GetDirectoryName(db.Path)!, "notes.txt");
        File.WriteAllText(path, "my notes");

        var result = Cli.Run(path, "allies", "Iran");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a usable Entente database", result.Stderr);
        Assert.Equal("my notes", File.ReadAllText(path));
    }
}
