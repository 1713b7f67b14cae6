using Entente.Answers;
using Entente.Formats.Reports;

namespace Entente.Formats.Markdown;

/// <summary>
/// A report to read or paste: TL;DR, one table per tier, blocs, viewpoints and a numbered source
/// list that the tables cite. Every piece of data text is escaped (see <see cref="MarkdownText"/>).
/// </summary>
public static class MarkdownAnswerWriter
{
    public static void Write(Answer answer, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(output);
        var sources = new SourceNumbers(answer);
        var md = new LineWriter(output);

        md.Paragraph($"# {MarkdownText.Escape(ReportText.Title(answer))}");
        // The labels lead each line, so data text never starts one and cannot become a heading or list.
        if (answer.Verdict is { } verdict)
            md.Paragraph($"**Question:** {MarkdownText.Escape(verdict.Question)} — **Answer:** {MarkdownText.Escape(verdict.Answer)}");
        md.Paragraph($"**TL;DR:** {MarkdownText.Escape(answer.Summary)}");
        md.Paragraph($"_Time context:_ {MarkdownText.Escape(answer.TimeContext)}");

        foreach (var section in ReportSections.Of(answer))
            WriteSection(md, section, sources);
        WriteBlocs(md, answer.Blocs);
        WriteViewpoints(md, answer.Viewpoints);
        WriteSources(md, sources);
    }

    private static void WriteSection(LineWriter md, AnswerGroup section, SourceNumbers sources)
    {
        md.Paragraph($"## {MarkdownText.Escape(section.Title)}");
        if (section.Members.Count == 0)
        {
            md.Paragraph($"_{ReportText.None}_");
            return;
        }
        md.Line("| Country / Actor | Type of relationship | Main areas of cooperation | Since–until | Sources |");
        md.Line("| --- | --- | --- | --- | --- |");
        foreach (var member in section.Members)
        {
            md.Line(
                $"| {MarkdownText.Escape(ReportText.ActorWithCountry(member.Actor))} " +
                $"| {MarkdownText.Escape(ReportText.Relationship(member))} " +
                $"| {MarkdownText.Escape(ReportText.Areas(member))} " +
                $"| {ReportText.Span(member)} " +
                $"| {ReportText.Refs(sources.Of(member))} |");
        }
        md.Line();
    }

    private static void WriteBlocs(LineWriter md, IReadOnlyList<BlocSummary> blocs)
    {
        if (blocs.Count == 0)
            return;
        md.Paragraph("## Blocs");
        foreach (var bloc in blocs)
        {
            var details = ReportText.BlocDetails(bloc);
            var heading = details.Length > 0 ? $"**{MarkdownText.Escape(bloc.Name)}** ({MarkdownText.Escape(details)})" : $"**{MarkdownText.Escape(bloc.Name)}**";
            var members = string.Join(", ", bloc.Members.Select(m => MarkdownText.Escape(m.Name)));
            md.Line($"- {heading}: {members}");
        }
        md.Line();
    }

    private static void WriteViewpoints(LineWriter md, IReadOnlyList<Viewpoint> viewpoints)
    {
        if (viewpoints.Count == 0)
            return;
        md.Paragraph("## Viewpoints");
        foreach (var viewpoint in viewpoints)
        {
            md.Paragraph($"**{MarkdownText.Escape(viewpoint.Claim)}**");
            md.Line($"- For: {Citations(viewpoint.For)}");
            md.Line($"- Against: {Citations(viewpoint.Against)}");
            md.Line();
        }
    }

    private static string Citations(IReadOnlyList<string> citations) =>
        citations.Count == 0 ? "—" : string.Join("; ", citations.Select(MarkdownText.Escape));

    private static void WriteSources(LineWriter md, SourceNumbers sources)
    {
        md.Paragraph("## Sources");
        if (sources.Sources.Count == 0)
        {
            md.Paragraph($"_{ReportText.None}_");
            return;
        }
        foreach (var source in sources.Sources)
        {
            md.Line($"{sources.Of(source)}. {SourceHead(source)}{Link(source.Url)}");
            if (!string.IsNullOrWhiteSpace(source.Note))
                md.Line($"   - Note: {MarkdownText.Escape(source.Note)}");
            if (!string.IsNullOrWhiteSpace(source.Quote))
                md.Line($"   - Quote: “{MarkdownText.Escape(source.Quote)}”");
        }
    }

    private static string SourceHead(AnswerSource source)
    {
        return $"**{MarkdownText.Escape(source.Title)}**{MarkdownText.Escape(ReportText.SourceDetails(source))}.";
    }

    private static string Link(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return "";
        return WebLink.Href(url) is { } href
            ? $" [{MarkdownText.Escape(href)}]({MarkdownText.Destination(href)})"
            : $" Address (not linked, not http or https): {MarkdownText.Escape(url)}";
    }
}
