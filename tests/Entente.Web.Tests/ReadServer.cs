namespace Entente.Web.Tests;

/// <summary>One server over one seeded database, shared by the tests that only read.</summary>
public sealed class ReadServer : IDisposable
{
    public ReadServer()
    {
        Database = new TestDatabase();
        Server = new ServerProcess(Database.Path);
    }

    public TestDatabase Database { get; }

    public ServerProcess Server { get; }

    public HttpClient Client => Server.Client;

    public void Dispose()
    {
        Server.Dispose();
        Database.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ReadServerCollection : ICollectionFixture<ReadServer>
{
    public const string Name = "read-only server";
}
