using Entente.Resolution;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>Name look-ups on the indexed actor_names table.</summary>
internal sealed class SqliteActorNames(SqliteConnection connection) : IActorNames
{
    private const string Select = "SELECT n.actor_id, a.name, a.kind, n.text, n.kind FROM actor_names n JOIN actors a ON a.id = n.actor_id";

    public IReadOnlyList<NameHit> Find(string key) => Read(Select + " WHERE n.key = $key", key);

    public IReadOnlyList<NameHit> All() => Read(Select, null);

    private List<NameHit> Read(string sql, string? key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (key is not null)
            command.Parameters.AddWithValue("$key", key);
        using var reader = command.ExecuteReader();
        var hits = new List<NameHit>();
        while (reader.Read())
            hits.Add(new NameHit(reader.GetString(0), reader.GetString(1), ActorKinds.Parse(reader.GetString(2)), reader.GetString(3), NameKinds.Parse(reader.GetString(4))));
        return hits;
    }
}
