using Entente.Answers;
using Entente.Formats.Reports;

namespace Entente.Formats.Text;

public static partial class TextAnswerWriter
{
    private const int Indent = 4;

    private static void WriteBlocs(TextCanvas canvas, IReadOnlyList<BlocSummary> blocs)
    {
        if (blocs.Count == 0)
            return;
        WriteHeading(canvas, "Blocs");
        foreach (var bloc in blocs)
        {
            var details = ReportText.BlocDetails(bloc);
            var line = new StyledText("- ", TextStyle.Plain).Append(bloc.Name, TextStyle.Bold);
            if (details.Length > 0)
                line.Append($" ({details})");
            line.Append(": " + string.Join(", ", bloc.Members.Select(m => m.Name)));
            TextBlocks.Paragraph(canvas, line);
        }
    }

    private static void WriteViewpoints(TextCanvas canvas, IReadOnlyList<Viewpoint> viewpoints)
    {
        if (viewpoints.Count == 0)
            return;
        WriteHeading(canvas, "Viewpoints");
        foreach (var viewpoint in viewpoints)
        {
            TextBlocks.Line(canvas, viewpoint.Claim, TextStyle.Bold);
            TextBlocks.Paragraph(canvas, new StyledText("  For: ", TextStyle.Green).Append(Citations(viewpoint.For)));
            TextBlocks.Paragraph(canvas, new StyledText("  Against: ", TextStyle.Red).Append(Citations(viewpoint.Against)));
        }
    }

    private static string Citations(IReadOnlyList<string> citations) =>
        citations.Count == 0 ? "—" : string.Join("; ", citations);

    private static void WriteSources(TextCanvas canvas, SourceNumbers sources)
    {
        WriteHeading(canvas, "Sources");
        if (sources.Sources.Count == 0)
        {
            TextBlocks.Line(canvas, ReportText.None, TextStyle.Muted);
            return;
        }
        foreach (var source in sources.Sources)
        {
            TextBlocks.Paragraph(canvas, new StyledText($"[{sources.Of(source)}] ", TextStyle.Plain)
                .Append(source.Title, TextStyle.Bold)
                .Append(ReportText.SourceDetails(source)));
            if (!string.IsNullOrWhiteSpace(source.Url))
                WriteIndented(canvas, WebLink.Href(source.Url) ?? $"Address (not a web link): {source.Url}", TextStyle.Muted);
            if (!string.IsNullOrWhiteSpace(source.Note))
                WriteIndented(canvas, $"Note: {source.Note}", TextStyle.Plain);
            if (!string.IsNullOrWhiteSpace(source.Quote))
                WriteIndented(canvas, $"“{source.Quote}”", TextStyle.Muted);
        }
    }

    private static void WriteIndented(TextCanvas canvas, string text, TextStyle style) =>
        TextBlocks.Paragraph(canvas, new StyledText(text, style), Indent);

    private static void WriteHeading(TextCanvas canvas, string title)
    {
        canvas.EndLine();
        TextBlocks.Line(canvas, title, TextStyle.Bold);
    }
}
