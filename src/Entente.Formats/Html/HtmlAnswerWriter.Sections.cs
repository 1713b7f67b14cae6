using Entente.Answers;
using Entente.Formats.Reports;

namespace Entente.Formats.Html;

public static partial class HtmlAnswerWriter
{
    private static void WriteSection(LineWriter html, AnswerGroup section, SourceNumbers sources)
    {
        html.Line($"<section class=\"tier-{section.Tier.ToWire()}\">");
        html.Line($"<h2>{HtmlText.Encode(section.Title)}</h2>");
        if (section.Members.Count == 0)
        {
            html.Line($"<p class=\"empty\">{ReportText.None}</p>");
        }
        else
        {
            html.Line("<ul class=\"members\">");
            foreach (var member in section.Members)
            {
                html.Line(
                    $"<li><strong>{HtmlText.Encode(ReportText.ActorWithCountry(member.Actor))}</strong>" +
                    $" — {HtmlText.Encode(ReportText.Relationship(member))}, {HtmlText.Encode(ReportText.Span(member))}" +
                    $" <span class=\"refs\">{Refs(sources.Of(member))}</span>" +
                    $"<br><span class=\"description\">{HtmlText.Encode(member.Description)}</span></li>");
            }
            html.Line("</ul>");
        }
        html.Line("</section>");
    }

    private static void WriteBlocs(LineWriter html, IReadOnlyList<BlocSummary> blocs)
    {
        if (blocs.Count == 0)
            return;
        html.Line("<section class=\"blocs\">");
        html.Line("<h2>Blocs</h2>");
        html.Line("<ul>");
        foreach (var bloc in blocs)
        {
            var details = ReportText.BlocDetails(bloc);
            var head = details.Length > 0 ? $"<strong>{HtmlText.Encode(bloc.Name)}</strong> ({HtmlText.Encode(details)})" : $"<strong>{HtmlText.Encode(bloc.Name)}</strong>";
            html.Line($"<li>{head}: {string.Join(", ", bloc.Members.Select(m => HtmlText.Encode(m.Name)))}</li>");
        }
        html.Line("</ul>");
        html.Line("</section>");
    }

    private static void WriteViewpoints(LineWriter html, IReadOnlyList<Viewpoint> viewpoints)
    {
        if (viewpoints.Count == 0)
            return;
        html.Line("<section class=\"viewpoints\">");
        html.Line("<h2>Viewpoints</h2>");
        foreach (var viewpoint in viewpoints)
        {
            html.Line($"<p><strong>{HtmlText.Encode(viewpoint.Claim)}</strong></p>");
            html.Line("<ul>");
            html.Line($"<li>For: {Citations(viewpoint.For)}</li>");
            html.Line($"<li>Against: {Citations(viewpoint.Against)}</li>");
            html.Line("</ul>");
        }
        html.Line("</section>");
    }

    private static string Citations(IReadOnlyList<string> citations) =>
        citations.Count == 0 ? "—" : string.Join("; ", citations.Select(HtmlText.Encode));

    private static void WriteSources(LineWriter html, SourceNumbers sources)
    {
        html.Line("<section class=\"sources\">");
        html.Line("<h2>Sources</h2>");
        if (sources.Sources.Count == 0)
        {
            html.Line($"<p class=\"empty\">{ReportText.None}</p>");
            html.Line("</section>");
            return;
        }
        html.Line("<ol class=\"sources\">");
        foreach (var source in sources.Sources)
        {
            html.Line(
                $"<li id=\"src-{sources.Of(source)}\"><cite>{HtmlText.Encode(source.Title)}</cite>" +
                $"{HtmlText.Encode(ReportText.SourceDetails(source))}.{Link(source.Url)}" +
                (string.IsNullOrWhiteSpace(source.Note) ? "" : $"<br>Note: {HtmlText.Encode(source.Note)}") +
                (string.IsNullOrWhiteSpace(source.Quote) ? "" : $"<blockquote>{HtmlText.Encode(source.Quote)}</blockquote>") +
                "</li>");
        }
        html.Line("</ol>");
        html.Line("</section>");
    }

    private static string Link(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return "";
        return WebLink.Href(url) is { } href
            ? $" <a class=\"url\" href=\"{HtmlText.Encode(href)}\" rel=\"noopener noreferrer\">{HtmlText.Encode(href)}</a>"
            : $" <span class=\"url\">Address (not linked, not http or https): {HtmlText.Encode(url)}</span>";
    }
}
