using Entente.Web.Stores;

namespace Entente.Web.Caching;

/// <summary>
/// The database version the server last saw. Refreshed at once after the server's own writes and
/// every second in the background (another process, e.g. `entente ingest`, may write too), so the
/// hot path never asks the database.
/// </summary>
public sealed class DataVersionWatch(StorePool stores)
{
    private long _current = -1;

    public long Current => Volatile.Read(ref _current);

    public long Refresh()
    {
        var version = stores.Use(s => s.DataVersion);
        Interlocked.Exchange(ref _current, version);
        return version;
    }
}

/// <summary>Polls <see cref="DataVersionWatch"/> once a second for writes made by other processes.</summary>
internal sealed class DataVersionPoller(DataVersionWatch watch, ILogger<DataVersionPoller> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                Poll();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private void Poll()
    {
        try
        {
            var before = watch.Current;
            var after = watch.Refresh();
            if (after != before)
                logger.LogInformation("The database changed (version {Before} -> {After}); cached answers dropped", before, after);
        }
        catch (Exception e) when (e is Storage.StoreException or Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            // A busy or briefly unreadable database must not stop the server; the next tick tries again.
            logger.LogWarning(e, "Could not read the database version; answers may lag a write by another process");
        }
    }
}
