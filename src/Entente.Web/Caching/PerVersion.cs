namespace Entente.Web.Caching;

/// <summary>A value computed from the database and kept until the database version moves on.</summary>
public sealed class PerVersion<T>(DataVersionWatch version, Func<T> compute) where T : class
{
    private (long Version, T Value)? _held;
    private readonly Lock _lock = new();

    public T Value
    {
        get
        {
            var now = version.Current;
            if (_held is { } held && held.Version == now)
                return held.Value;
            lock (_lock)
            {
                if (_held is { } again && again.Version == now)
                    return again.Value;
                var value = compute();
                _held = (now, value);
                return value;
            }
        }
    }
}
