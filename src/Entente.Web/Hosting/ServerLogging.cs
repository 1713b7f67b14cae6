namespace Entente.Web.Hosting;

/// <summary>Console logs: one line per event for a person, one JSON object per line for a collector.</summary>
internal static class ServerLogging
{
    public static void Configure(ILoggingBuilder logging, LogFormat format)
    {
        logging.ClearProviders();
        var json = format == LogFormat.Json || (format == LogFormat.Auto && Console.IsOutputRedirected);
        if (json)
        {
            logging.AddJsonConsole(o =>
            {
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.UseUtcTimestamp = true;
            });
        }
        else
        {
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }
        // Per-request framework logs would cost more than the cached answer they describe.
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        // A failed start (port in use) is reported once, as a message on stderr, not as a logged stack trace.
        logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Critical);
    }
}
