using System.Collections.Concurrent;

namespace Entente.Web.Caching;

/// <summary>A rendered response, kept as the exact bytes sent, so a cache hit costs one copy to the socket.</summary>
public sealed record CachedResponse(byte[] Body, string ContentType);

/// <summary>
/// Rendered answers for one database version. When the version moves on, the whole generation is
/// dropped: an answer may depend on any claim, so nothing finer is safe.
/// </summary>
public sealed class AnswerCache(DataVersionWatch version)
{
    /// <summary>A bound against a crawler asking for every actor on every day; past it, answers are rendered but not kept.</summary>
    private const int MaxEntries = 20_000;

    private Generation _generation = new(-1);

    public CachedResponse GetOrAdd(string key, Func<CachedResponse> render)
    {
        var generation = Current();
        if (generation.Entries.TryGetValue(key, out var hit))
            return hit;
        var rendered = render();
        if (generation.Entries.Count < MaxEntries)
            generation.Entries.TryAdd(key, rendered);
        return rendered;
    }

    public int Count => Current().Entries.Count;

    private Generation Current()
    {
        var now = version.Current;
        var generation = Volatile.Read(ref _generation);
        if (generation.Version == now)
            return generation;
        Interlocked.CompareExchange(ref _generation, new Generation(now), generation);
        return Volatile.Read(ref _generation);
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, CachedResponse> Entries { get; } = new(StringComparer.Ordinal);
    }
}
