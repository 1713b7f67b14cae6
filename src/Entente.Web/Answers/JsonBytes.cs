using System.Text.Json;
using Entente.Web.Caching;

namespace Entente.Web.Answers;

/// <summary>Serialises an API value once, to the bytes a cache hit sends.</summary>
public static class JsonBytes
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static CachedResponse Of<T>(T value) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, Options), "application/json; charset=utf-8");
}
