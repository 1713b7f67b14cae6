using Entente.Answers;
using Entente.Formats.Reports;
using Spectre.Console;
using SpectreText = Spectre.Console.Text;

namespace Entente.Formats.Text;

public static partial class TextAnswerWriter
{
    private static void WriteBlocs(IAnsiConsole console, IReadOnlyList<BlocSummary> blocs)
    {
        if (blocs.Count == 0)
            return;
        WriteHeading(console, "Blocs");
        foreach (var bloc in blocs)
        {
            var details = ReportText.BlocDetails(bloc);
            var line = new Paragraph().Append("- ").Append(Clean(bloc.Name), Heading);
            if (details.Length > 0)
                line.Append($" ({Clean(details)})");
            line.Append(": " + string.Join(", ", bloc.Members.Select(m => Clean(m.Name))));
            console.Write(line);
            console.WriteLine();
        }
    }

    private static void WriteViewpoints(IAnsiConsole console, IReadOnlyList<Viewpoint> viewpoints)
    {
        if (viewpoints.Count == 0)
            return;
        WriteHeading(console, "Viewpoints");
        foreach (var viewpoint in viewpoints)
        {
            console.Write(new SpectreText(Clean(viewpoint.Claim), Heading));
            console.WriteLine();
            console.Write(new Paragraph().Append("  For: ", new Style(Color.Green)).Append(Citations(viewpoint.For)));
            console.WriteLine();
            console.Write(new Paragraph().Append("  Against: ", new Style(Color.Red)).Append(Citations(viewpoint.Against)));
            console.WriteLine();
        }
    }

    private static string Citations(IReadOnlyList<string> citations) =>
        citations.Count == 0 ? "—" : string.Join("; ", citations.Select(Clean));

    private static void WriteSources(IAnsiConsole console, SourceNumbers sources)
    {
        WriteHeading(console, "Sources");
        if (sources.Sources.Count == 0)
        {
            console.Write(new SpectreText(ReportText.None, Muted));
            console.WriteLine();
            return;
        }
        foreach (var source in sources.Sources)
        {
            console.Write(new Paragraph()
                .Append($"[{sources.Of(source)}] ")
                .Append(Clean(source.Title), Heading)
                .Append(Clean(ReportText.SourceDetails(source))));
            console.WriteLine();
            if (!string.IsNullOrWhiteSpace(source.Url))
                WriteIndented(console, WebLink.Href(source.Url) ?? $"Address (not a web link): {source.Url}", Muted);
            if (!string.IsNullOrWhiteSpace(source.Note))
                WriteIndented(console, $"Note: {source.Note}", null);
            if (!string.IsNullOrWhiteSpace(source.Quote))
                WriteIndented(console, $"“{source.Quote}”", Muted);
        }
    }

    private static void WriteIndented(IAnsiConsole console, string text, Style? style)
    {
        console.Write(new Padder(new SpectreText(Clean(text), style), new Padding(4, 0, 0, 0)));
    }

    private static void WriteHeading(IAnsiConsole console, string title)
    {
        console.WriteLine();
        console.Write(new SpectreText(title, Heading));
        console.WriteLine();
    }
}
