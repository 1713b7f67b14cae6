using System.Text.RegularExpressions;
using Entente.Formats.Tests.Builders;
using Entente.Formats.Tests.Golden;

namespace Entente.Formats.Tests.Html;

public sealed partial class HtmlAnswerWriterTests
{
    private static readonly string Page = Rendered.As(ReportFormat.Html, SampleAnswers.Iran2026());

    [Fact]
    public void Sample_matches_its_golden_file() =>
        GoldenFile.Verify("Html", "iran-sample.verified.html", Page);

    [Fact]
    public void Markup_from_the_data_comes_out_inert()
    {
        Assert.DoesNotContain("<script", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", Page, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(AttributeNamed("on[a-z]+").Matches(Page));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_http_urls_and_own_anchors_become_links()
    {
        var hrefs = AttributeNamed("href").Matches(Page).Select(m => m.Groups["value"].Value).ToList();

        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.Matches("^(#src-[0-9]+|https?://)", h));
        Assert.DoesNotContain("href=\"javascript:", Page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("not linked, not http or https): javascript:alert(1)", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void External_links_open_without_opener_or_referrer()
    {
        var external = ExternalLink().Matches(Page).ToList();

        Assert.Equal(6, external.Count);
        Assert.All(external, m => Assert.Contains("rel=\"noopener noreferrer\"", m.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Main_table_has_the_four_columns_and_a_row_for_every_member_under_its_tier()
    {
        var head = Regex.Match(Page, "<thead>\\s*<tr>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        var columns = Regex.Matches(head, "<th[^>]*>(.*?)</th>").Select(m => m.Groups[1].Value);

        Assert.Equal(["Country / Actor", "Type of relationship", "Main areas of cooperation", "Sources"], columns);
        var table = Page[Page.IndexOf("<table", StringComparison.Ordinal)..Page.IndexOf("</table>", StringComparison.Ordinal)];
        string[] order =
        [
            "Core allies and partners", "Hezbollah (LBN)", "Great-power partners", "Russia (RUS)",
            "States and actors of varying alignment", "Oman (OMN)", "Former allies and partners",
            "Assad government of Syria (SYR)", "Adversaries and rivals", "United States (USA)",
        ];
        var positions = order.Select(text => table.IndexOf(text, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Page_stands_alone_and_fits_a_phone()
    {
        Assert.StartsWith("<!DOCTYPE html>", Page, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", Page, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(AttributeNamed("src").Matches(Page));
        Assert.Contains("name=\"viewport\"", Page, StringComparison.Ordinal);
        Assert.Contains("@media (max-width:", Page, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void Descriptions_blocs_and_viewpoints_are_shown()
    {
        Assert.Contains("Lebanese armed group; non-state proxy ally of Iran since 1982", Page, StringComparison.Ordinal);
        Assert.Contains("<strong>Axis of Resistance</strong> (informal alignment): Hezbollah, Houthis (Ansar Allah), Iran", Page, StringComparison.Ordinal);
        Assert.Contains("<strong>Russia is a strategic partner of Iran</strong>", Page, StringComparison.Ordinal);
    }

    /// <summary>An attribute inside a tag (not text that merely reads like one, which is encoded).</summary>
    private static Regex AttributeNamed(string name) =>
        new($"<[a-z][^<>]*\\s(?:{name})\\s*=\\s*(?:\"(?<value>[^\"]*)\"|(?<value>[^\\s>]*))", RegexOptions.IgnoreCase);

    [GeneratedRegex("<a [^>]*href=\"https?://[^>]*>")]
    private static partial Regex ExternalLink();
}
