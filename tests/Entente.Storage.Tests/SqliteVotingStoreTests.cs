using Entente.Storage.Sqlite;

namespace Entente.Storage.Tests;

public sealed class SqliteVotingStoreTests : VotingStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-votes-").FullName;

    protected override IKnowledgeStore NewStore() => SqliteKnowledgeStore.Open(Path.Combine(_folder, $"{Guid.NewGuid():N}.db"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
