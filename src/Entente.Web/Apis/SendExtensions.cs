using Entente.Web.Caching;
using Microsoft.Net.Http.Headers;

namespace Entente.Web.Apis;

internal static class SendExtensions
{
    /// <summary>
    /// Writes pre-rendered bytes as they are (no serialiser on the hot path), gzip-compressed when
    /// the client accepts it and the body is worth compressing.
    /// </summary>
    public static Task Send(this HttpContext context, CachedResponse response)
    {
        var headers = context.Response.Headers;
        context.Response.ContentType = response.ContentType;
        var body = response.Body;
        if (body.Length > 1024)
        {
            headers.Vary = HeaderNames.AcceptEncoding;
            if (AcceptsGzip(context.Request))
            {
                body = response.Gzip;
                headers.ContentEncoding = "gzip";
            }
        }
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    private static bool AcceptsGzip(HttpRequest request)
    {
        var accept = request.Headers.AcceptEncoding;
        foreach (var value in accept)
        {
            if (value is not null && value.Contains("gzip", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
