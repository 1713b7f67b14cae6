using System.Collections.Concurrent;

namespace Entente.Web.Caching;

/// <summary>
/// Rendered answers for one database version. When the version moves on, the whole generation is
/// dropped: an answer may depend on any claim, so nothing finer is safe. Each answer is rendered
/// once even when many requests for it arrive together (right after a write, say).
/// </summary>
public sealed class AnswerCache(DataVersionWatch version)
{
    /// <summary>A bound against a crawler asking for every actor on every day; past it, answers are rendered but not kept.</summary>
    private const int MaxEntries = 20_000;

    private Generation _generation = new(-1);

    public CachedResponse GetOrAdd(string key, Func<CachedResponse> render)
    {
        var entries = Current().Entries;
        if (entries.TryGetValue(key, out var hit))
            return hit.Value;
        if (entries.Count >= MaxEntries)
            return render();
        var pending = new Lazy<CachedResponse>(render, LazyThreadSafetyMode.ExecutionAndPublication);
        var entry = entries.GetOrAdd(key, pending);
        try
        {
            return entry.Value;
        }
        catch
        {
            // A problem (unknown actor, bad date) is not an answer: forget it so the next request asks again.
            entries.TryRemove(new KeyValuePair<string, Lazy<CachedResponse>>(key, entry));
            throw;
        }
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

        public ConcurrentDictionary<string, Lazy<CachedResponse>> Entries { get; } = new(StringComparer.Ordinal);
    }
}
