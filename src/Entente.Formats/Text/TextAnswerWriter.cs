using Entente.Answers;
using Entente.Formats.Reports;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreText = Spectre.Console.Text;

namespace Entente.Formats.Text;

/// <summary>
/// The terminal layout. Data text only ever reaches the console as <see cref="SpectreText"/> or
/// <see cref="Paragraph"/> content (never parsed as markup) after its control characters are
/// stripped, so a source cannot restyle the report or send escape sequences to the terminal.
/// </summary>
public static partial class TextAnswerWriter
{
    private static readonly string[] Columns = ["Actor", "Country", "Relationship", "Areas", "Since", "Until", "Score", "Sources"];
    private static readonly Style Heading = new(decoration: Decoration.Bold);
    private static readonly Style Muted = new(foreground: Color.Grey);

    public static void Write(Answer answer, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(console);
        var sources = new SourceNumbers(answer);

        console.Write(new Rule(Markup.Escape(Clean(ReportText.Title(answer)))).LeftJustified());
        if (answer.Verdict is { } verdict)
        {
            console.Write(new Paragraph()
                .Append("Question: ", Heading).Append(Clean(verdict.Question))
                .Append("  Answer: ", Heading).Append(Clean(verdict.Answer)));
            console.WriteLine();
        }
        console.Write(new Panel(Plain(answer.Summary)) { Header = new PanelHeader("TL;DR"), Expand = true });
        console.Write(new SpectreText(Clean(answer.TimeContext), Muted));
        console.WriteLine();

        foreach (var section in ReportSections.Of(answer))
            WriteSection(console, section, sources);
        WriteBlocs(console, answer.Blocs);
        WriteViewpoints(console, answer.Viewpoints);
        WriteSources(console, sources);
    }

    private static void WriteSection(IAnsiConsole console, AnswerGroup section, SourceNumbers sources)
    {
        var color = TierColors.Of(section.Tier);
        console.WriteLine();
        console.Write(new SpectreText(Clean(section.Title), new Style(color, decoration: Decoration.Bold)));
        console.WriteLine();
        if (section.Members.Count == 0)
        {
            console.Write(new SpectreText(ReportText.None, Muted));
            console.WriteLine();
            return;
        }
        var table = new Table().BorderColor(color);
        foreach (var column in Columns)
            table.AddColumn(new TableColumn(new SpectreText(column, Heading)));
        foreach (var member in section.Members)
            table.AddRow(Row(member, color, sources));
        console.Write(table);
    }

    private static IRenderable[] Row(AnswerMember member, Color color, SourceNumbers sources) =>
    [
        new SpectreText(Clean(member.Actor.Name), new Style(color)),
        Plain(member.Actor.Country ?? "—"),
        Plain(ReportText.Relationship(member)),
        Plain(ReportText.Areas(member)),
        Plain(member.Since?.ToString() ?? "—"),
        Plain(member.Until?.ToString() ?? "—"),
        new SpectreText(ReportText.Score(member.Score)).RightJustified(),
        Plain(ReportText.Refs(sources.Of(member))),
    ];

    private static SpectreText Plain(string text) => new(Clean(text));

    private static string Clean(string? text) => text is null ? "" : ControlText.Strip(text, keepLineBreaks: true);
}
