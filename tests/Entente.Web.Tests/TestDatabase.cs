using Entente.Storage.Sqlite;

namespace Entente.Web.Tests;

/// <summary>
/// A temporary database filled by `entente init` with the bundled knowledge, plus one ingested
/// document whose claims the tests look for: an accepted Iran–Finland claim whose quote carries
/// markup, and a candidate Iran–Iceland claim for review.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string HostileQuote = "Finland <script>alert('owned')</script> and Iran <img src=x onerror=alert(1)> cooperate closely.";
    public const string CandidateQuote = "Iceland and Iran are said to have agreed a security pact.";

    private readonly string _folder = Directory.CreateTempSubdirectory("entente-web-").FullName;

    public TestDatabase()
    {
        Path = System.IO.Path.Combine(_folder, "entente.db");
        var init = Cli.Run("init", "--db", Path);
        Assert.True(init.ExitCode == 0, init.ToString());
        using var store = SqliteKnowledgeStore.Open(Path, create: false);
        var source = new Source("test-hostile-page", "A page with <b>markup</b>", "Test Wire", Reliability.Parse("C3"))
        {
            Url = "https://example.org/hostile",
            Published = PartialDate.Parse("2025-03-01"),
        };
        var text = HostileQuote + " " + CandidateQuote;
        var document = new Document(new string('a', 64), source.Id, text) { Title = source.Title, Extractor = "test" };
        Claim Make(string other, RelationType relation, string quote, ClaimStatus status) => new("iran", other, source.Id)
        {
            Relation = relation,
            Areas = [Area.Trade],
            Validity = new Validity(PartialDate.Parse("2025-01"), null),
            Quote = quote,
            ProducedBy = "test",
            Status = status,
        };
        store.AddDocument(document, source,
            [Make("finland", RelationType.EconomicPartner, HostileQuote, ClaimStatus.Accepted),
             Make("iceland", RelationType.StrategicPartner, CandidateQuote, ClaimStatus.Candidate)],
            []);
        CandidateId = store.GetClaims(new Storage.ClaimQuery("iceland", ClaimStatus.Candidate)).Single().Id;
    }

    public string Path { get; }

    public long CandidateId { get; }

    public string Folder => _folder;

    /// <summary>Creates an API key with the real CLI and returns it (printed once on stdout).</summary>
    public string CreateKey(string name)
    {
        var result = Cli.Run("keys", "create", name, "--db", Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Stdout.Trim();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A server still closing its files; the temp folder is cleaned by the system.
        }
    }
}
