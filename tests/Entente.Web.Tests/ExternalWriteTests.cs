namespace Entente.Web.Tests;

/// <summary>Another process (the CLI's review) writes to the database the server is serving.</summary>
public sealed class ExternalWriteTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ServerProcess _server;

    public ExternalWriteTests() => _server = new ServerProcess(_database.Path);

    public void Dispose()
    {
        _server.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task A_claim_accepted_by_entente_review_shows_in_the_served_answer_within_seconds()
    {
        Assert.DoesNotContain("iceland", Http.MemberIds(await _server.Client.GetJson("api/allies/iran")));

        var review = Cli.RunWithInput("a\n", "review", "--db", _database.Path);
        Assert.True(review.ExitCode == 0, review.ToString());

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        List<string> members;
        do
        {
            members = Http.MemberIds(await _server.Client.GetJson("api/allies/iran"));
            if (members.Contains("iceland"))
                break;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Contains("iceland", members);
        Assert.Contains("cached answers dropped", _server.Log, StringComparison.Ordinal);
    }
}
