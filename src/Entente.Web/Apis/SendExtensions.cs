using Entente.Web.Caching;
using Microsoft.Net.Http.Headers;

namespace Entente.Web.Apis;

internal static class SendExtensions
{
    // A rendered report never needs to run anything: should escaping ever fail, the browser still runs no script.
    private const string ReportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>
    /// Writes pre-rendered bytes as they are (no serialiser on the hot path): 304 when the client
    /// holds the same version, gzip-compressed when it accepts that and the body is worth it.
    /// </summary>
    public static Task Send(this HttpContext context, CachedResponse response)
    {
        var headers = context.Response.Headers;
        headers.ETag = response.ETag;
        // Data change with every accepted claim: a browser may keep the answer but must ask whether it still holds.
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        if (response.ContentType.StartsWith("text/html", StringComparison.Ordinal))
            headers.ContentSecurityPolicy = ReportPolicy;
        if (Matches(context.Request.Headers.IfNoneMatch, response.ETag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        context.Response.ContentType = response.ContentType;
        var body = response.Body;
        if (body.Length > 1024)
        {
            headers.Vary = HeaderNames.AcceptEncoding;
            if (Contains(context.Request.Headers.AcceptEncoding, "gzip"))
            {
                body = response.Gzip;
                headers.ContentEncoding = "gzip";
            }
        }
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.Count > 0 && (Contains(ifNoneMatch, etag) || Contains(ifNoneMatch, etag[2..]) || ifNoneMatch.ToString().Trim() == "*");

    private static bool Contains(Microsoft.Extensions.Primitives.StringValues values, string token)
    {
        foreach (var value in values)
        {
            if (value is not null && value.Contains(token, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
