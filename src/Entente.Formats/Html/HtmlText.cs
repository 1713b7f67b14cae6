using System.Net;
using Entente.Formats.Reports;

namespace Entente.Formats.Html;

/// <summary>The one way data text reaches the page: control characters removed, then HTML-encoded.</summary>
internal static class HtmlText
{
    /// <summary>Safe in element content and in double-quoted attributes: &lt; &gt; &amp; " and ' are encoded.</summary>
    public static string Encode(string? text) =>
        string.IsNullOrEmpty(text) ? "" : WebUtility.HtmlEncode(ControlText.Strip(text, keepLineBreaks: false));
}
