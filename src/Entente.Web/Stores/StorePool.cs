using System.Collections.Concurrent;
using Entente.Storage;

namespace Entente.Web.Stores;

/// <summary>
/// A few open connections to the database, lent one per request: a store connection is not
/// thread-safe, while SQLite in WAL mode lets several connections read at once.
/// </summary>
public sealed class StorePool(Func<IKnowledgeStore> open) : IDisposable
{
    private readonly ConcurrentBag<IKnowledgeStore> _idle = [];
    private readonly SemaphoreSlim _slots = new(Math.Max(2, Environment.ProcessorCount * 2));
    private bool _disposed;

    public T Use<T>(Func<IKnowledgeStore, T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _slots.Wait();
        var store = _idle.TryTake(out var idle) ? idle : open();
        try
        {
            return work(store);
        }
        finally
        {
            _idle.Add(store);
            _slots.Release();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var store))
            store.Dispose();
        _slots.Dispose();
    }
}
