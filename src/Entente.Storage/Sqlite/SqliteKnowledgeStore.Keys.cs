using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    public void AddApiKey(ApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var insert = Command(
            "INSERT INTO api_keys (name, hash, prefix, created_at) VALUES ($p0, $p1, $p2, $p3)",
            [key.Name, key.Hash, key.Prefix, key.Created.ToString("O", CultureInfo.InvariantCulture)]);
        try
        {
            insert.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            throw new StoreException($"A key named '{key.Name}' already exists (keys are never renamed or reused, even when revoked); choose another name.", e);
        }
    }

    public ApiKey? FindApiKey(string hash) => ReadKeys("WHERE hash = $p0", [hash]).FirstOrDefault();

    public IReadOnlyList<ApiKey> ApiKeys() => ReadKeys("ORDER BY created_at, name", []);

    public bool RevokeApiKey(string name, DateTimeOffset at)
    {
        using var update = Command(
            "UPDATE api_keys SET revoked_at = coalesce(revoked_at, $p1) WHERE name = $p0",
            [name, at.ToString("O", CultureInfo.InvariantCulture)]);
        return update.ExecuteNonQuery() > 0;
    }

    private List<ApiKey> ReadKeys(string rest, IReadOnlyList<object?> values)
    {
        using var command = Command("SELECT name, hash, prefix, created_at, revoked_at FROM api_keys " + rest, values);
        using var reader = command.ExecuteReader();
        var keys = new List<ApiKey>();
        while (reader.Read())
        {
            keys.Add(new ApiKey(reader.GetString(0), reader.GetString(1), reader.GetString(2), ParseTime(reader.GetString(3)))
            {
                Revoked = reader.IsDBNull(4) ? null : ParseTime(reader.GetString(4)),
            });
        }
        return keys;
    }

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
