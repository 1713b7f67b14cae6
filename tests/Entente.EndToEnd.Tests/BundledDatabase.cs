namespace Entente.EndToEnd.Tests;

/// <summary>One database filled with the bundled knowledge by `entente init`, shared by the read-only tests.</summary>
public sealed class BundledDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-e2e-").FullName;

    public BundledDatabase()
    {
        Path = System.IO.Path.Combine(_folder, "entente.db");
        InitResult = Cli.Run(Path, "init");
    }

    public string Path { get; }

    public CliResult InitResult { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class BundledDatabaseCollection : ICollectionFixture<BundledDatabase>
{
    public const string Name = "bundled database";
}
