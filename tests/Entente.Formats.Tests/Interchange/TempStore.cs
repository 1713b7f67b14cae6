using Entente.Storage;
using Entente.Storage.Sqlite;

namespace Entente.Formats.Tests.Interchange;

/// <summary>A SQLite database in a folder of its own, deleted with the folder.</summary>
internal sealed class TempStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-interchange-").FullName;

    public TempStore() => Store = SqliteKnowledgeStore.Open(Path.Combine(_folder, "entente.db"));

    public IKnowledgeStore Store { get; }

    public string Folder(string name) => Path.Combine(_folder, name);

    /// <summary>The whole knowledge base, read the way `entente export` reads it.</summary>
    public KnowledgeBatch ReadAll() => Store.ReadAll();

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
