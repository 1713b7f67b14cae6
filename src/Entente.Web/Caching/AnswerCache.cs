using System.Collections.Concurrent;

namespace Entente.Web.Caching;

/// <summary>
/// Rendered answers for one database version. When the version moves on, the whole generation is
/// dropped: an answer may depend on any claim, so nothing finer is safe. Each answer is rendered
/// once even when many requests for it arrive together (right after a write, say).
/// </summary>
public sealed class AnswerCache(DataVersionWatch version)
{
    /// <summary>Bounds against a crawler asking for every actor on every day; past them, answers are rendered but not kept.</summary>
    private const int MaxEntries = 20_000;

    private const long MaxBytes = 256L * 1024 * 1024;

    private Generation _generation = new(-1);

    public CachedResponse GetOrAdd(string key, Func<CachedResponse> render)
    {
        var generation = Current();
        if (generation.Entries.TryGetValue(key, out var hit))
            return hit.Value;
        if (generation.Entries.Count >= MaxEntries)
            return render();
        var pending = new Lazy<CachedResponse>(render, LazyThreadSafetyMode.ExecutionAndPublication);
        var entry = generation.Entries.GetOrAdd(key, pending);
        try
        {
            var response = entry.Value;
            if (ReferenceEquals(entry, pending) && Interlocked.Add(ref generation.Bytes, response.Body.Length) > MaxBytes)
                generation.Entries.TryRemove(new KeyValuePair<string, Lazy<CachedResponse>>(key, entry));
            return response;
        }
        catch
        {
            // A problem (unknown actor, bad date) is not an answer: forget it so the next request asks again.
            generation.Entries.TryRemove(new KeyValuePair<string, Lazy<CachedResponse>>(key, entry));
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

        /// <summary>The bodies kept so far (a field, for Interlocked).</summary>
        public long Bytes;
    }
}
