namespace Entente.Web.Caching;

/// <summary>A value computed from the database and kept until the database version moves on.</summary>
public sealed class PerVersion<T>(DataVersionWatch version, Func<T> compute) where T : class
{
    private readonly Lock _lock = new();
    private Held? _held;

    public T Value
    {
        get
        {
            var now = version.Current;
            if (Volatile.Read(ref _held) is { } held && held.Version == now)
                return held.Value;
            lock (_lock)
            {
                if (_held is { } again && again.Version == now)
                    return again.Value;
                var value = compute();
                Volatile.Write(ref _held, new Held(now, value));
                return value;
            }
        }
    }

    // A reference, swapped whole, so a reader never sees one version's number with another's value.
    private sealed record Held(long Version, T Value);
}
