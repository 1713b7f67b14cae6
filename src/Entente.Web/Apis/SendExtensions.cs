using Entente.Web.Caching;

namespace Entente.Web.Apis;

internal static class SendExtensions
{
    /// <summary>Writes pre-rendered bytes as they are: no serialiser, no copy beyond the socket's.</summary>
    public static Task Send(this HttpContext context, CachedResponse response)
    {
        context.Response.ContentType = response.ContentType;
        context.Response.ContentLength = response.Body.Length;
        return context.Response.Body.WriteAsync(response.Body).AsTask();
    }
}
