namespace Entente.Formats.Reports;

/// <summary>
/// Decides whether a URL from the data may become a clickable link. Only absolute http and https
/// URLs qualify: anything else (javascript:, data:, file:, relative paths) is shown as text.
/// </summary>
internal static class WebLink
{
    /// <summary>The normalised, percent-escaped URL, or null when it must not be linked.</summary>
    public static string? Href(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
            return null;
        return uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp ? uri.AbsoluteUri : null;
    }
}
