using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Entente.Web.Security;

/// <summary>
/// Writes are rate limited per API key (a token bucket per presented key), so one script cannot
/// flood the database; reads are not limited, they are served from the cache.
/// </summary>
internal static class WriteRateLimit
{
    public const string Policy = "writes";

    public static void Add(IServiceCollection services, int writesPerMinute)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, token) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await TypedResults.Problem(
                        $"Too many writes with this API key: at most {writesPerMinute} a minute. Wait and retry.",
                        context.HttpContext.Request.Path, StatusCodes.Status429TooManyRequests, "Too many requests")
                    .ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(Policy, http =>
                RateLimitPartition.GetTokenBucketLimiter(
                    // Partition on a hash of the presented key, never on the key itself (it would sit in memory).
                    RequireApiKey.PresentedKey(http.Request) is { } key ? ApiKeySecret.Hash(key) : "anonymous",
                    _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = writesPerMinute,
                        TokensPerPeriod = writesPerMinute,
                        ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
        });
    }
}
