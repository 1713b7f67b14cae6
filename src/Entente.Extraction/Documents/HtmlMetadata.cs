using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Extraction.Documents;

/// <summary>What a page says about itself: title, publication date, canonical URL, publisher.</summary>
internal static partial class HtmlMetadata
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " / "];
    private const int MaxSiteNameWords = 4;

    private static readonly string[] DateMetas = ["article:published_time", "og:published_time", "datePublished", "date", "dc.date", "dcterms.created"];

    /// <summary>
    /// og:title, else the &lt;title&gt;, without a " | Site" part (the part the headline or the site
    /// name confirms is not the headline, or a short last part after " | "); else the first &lt;h1&gt;.
    /// </summary>
    public static string? Title(PageTree page, PageNode root, PageIndex index, PageMetas metas)
    {
        var h1 = FirstText(PageIndex.FirstUnder(root, index.Headlines)) ?? FirstText(index.Headlines.FirstOrDefault());
        var site = Publisher(metas);
        var title = metas.Get("og:title") ?? Whitespace.Collapse(page.Title);
        return title.Length == 0 ? h1 : WithoutSiteName(title, h1, site);
    }

    private static string WithoutSiteName(string title, string? h1, string? site)
    {
        if (h1 is not null && Same(title, h1))
            return title;
        foreach (var separator in TitleSeparators)
        {
            for (var at = title.IndexOf(separator, StringComparison.Ordinal); at > 0; at = title.IndexOf(separator, at + 1, StringComparison.Ordinal))
            {
                var before = title[..at].Trim();
                var after = title[(at + separator.Length)..].Trim();
                if ((h1 is not null && Same(before, h1)) || (site is not null && Same(after, site)))
                    return before;
                if ((h1 is not null && Same(after, h1)) || (site is not null && Same(before, site)))
                    return after;
            }
        }
        var bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0 && title.AsSpan(bar + 3).Count(' ') < MaxSiteNameWords)
            return title[..bar].Trim();
        return title;
    }

    public static PartialDate? Date(PageNode root, PageIndex index, PageMetas metas)
    {
        foreach (var name in DateMetas)
        {
            if (ParseDate(metas.Get(name)) is { } date)
                return date;
        }
        foreach (var element in index.DatesPublished)
        {
            if (ParseDate(element.GetAttribute("content") ?? element.GetAttribute("datetime")) is { } date)
                return date;
        }
        foreach (var script in index.JsonLdScripts)
        {
            if (JsonLdDate().Match(script.TextContent) is { Success: true } match && ParseDate(match.Groups[1].Value) is { } date)
                return date;
        }
        // A <time> outside the article is more likely a comment's or a related story's.
        return PageIndex.Under(root, index.Times).Select(t => ParseDate(t.GetAttribute("datetime"))).FirstOrDefault(d => d is not null);
    }

    public static string? Url(PageIndex index, PageMetas metas)
    {
        var canonical = index.Canonical?.GetAttribute("href");
        return AbsoluteHttp(canonical) ?? AbsoluteHttp(metas.Get("og:url"));
    }

    public static string? Publisher(PageMetas metas) =>
        metas.Get("og:site_name") ?? metas.Get("application-name");

    /// <summary>
    /// The date as the page wrote it: "2024-12-08T23:30:00-05:00" was published on the 8th where
    /// it was written, so the date part is taken as is rather than converted to UTC.
    /// </summary>
    internal static PartialDate? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (IsoDate().Match(value) is { Success: true } iso && PartialDate.TryParse(iso.Value, out var date))
            return date;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? PartialDate.FromDate(DateOnly.FromDateTime(parsed.DateTime))
            : null;
    }

    private static string? FirstText(PageNode? element) =>
        element is null ? null : InlineText.Of(element, _ => false) is { Length: > 0 } text ? text : null;

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? AbsoluteHttp(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.ToString()
            : null;

    [GeneratedRegex(@"^\s*\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\d])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"""datePublished""\s*:\s*""([^""]{4,40})""")]
    private static partial Regex JsonLdDate();
}
