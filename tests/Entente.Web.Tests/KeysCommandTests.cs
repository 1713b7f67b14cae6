using System.Text.RegularExpressions;

namespace Entente.Web.Tests;

public sealed partial class KeysCommandTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Create_prints_a_prefixed_random_key_once_and_list_never_shows_it()
    {
        var first = _database.CreateKey("alice");
        var second = _database.CreateKey("bob");

        Assert.Matches(KeyShape(), first);
        Assert.NotEqual(first, second);
        var list = Cli.Run("keys", "list", "--db", _database.Path);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("alice", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("active", list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(first, list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(first[12..], File.ReadAllText(_database.Path, System.Text.Encoding.Latin1), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_cannot_be_used_twice()
    {
        _database.CreateKey("carol");

        var again = Cli.Run("keys", "create", "carol", "--db", _database.Path);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Stderr, StringComparison.Ordinal);
        Assert.Equal("", again.Stdout);
    }

    [Fact]
    public void Revoke_marks_the_key_and_an_unknown_name_is_an_error()
    {
        _database.CreateKey("dave");

        var revoke = Cli.Run("keys", "revoke", "dave", "--db", _database.Path);
        var unknown = Cli.Run("keys", "revoke", "nobody", "--db", _database.Path);

        Assert.Equal(0, revoke.ExitCode);
        Assert.Contains("revoked", Cli.Run("keys", "list", "--db", _database.Path).Stdout, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("keys list", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_spaces_or_markup_is_refused()
    {
        var result = Cli.Run("keys", "create", "<b>eve</b>", "--db", _database.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a usable key name", result.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex("^ent_[A-Za-z0-9_-]{43}$")]
    private static partial Regex KeyShape();
}
