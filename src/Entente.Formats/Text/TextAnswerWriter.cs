using Entente.Answers;
using Entente.Formats.Reports;
using Spectre.Console;

namespace Entente.Formats.Text;

/// <summary>
/// The terminal layout: a title rule, the TL;DR panel, one table per tier, then blocs, viewpoints
/// and the numbered sources. It is drawn by hand into one buffer and written once, in the layout
/// Spectre.Console's widgets gave it; laying it out through those widgets took 100–300 ms for a
/// large answer, mostly in their word wrapping. Data text only ever reaches the output through
/// <see cref="StyledText"/>, which strips control characters and never reads markup, so a source
/// cannot restyle the report or send escape sequences to the terminal.
/// </summary>
public static partial class TextAnswerWriter
{
    private static readonly string[] Columns = ["Actor", "Country", "Relationship", "Areas", "Since", "Until", "Score", "Sources"];
    private static readonly bool[] RightAligned = [false, false, false, false, false, false, true, false];

    /// <summary>Writes the report to the console's output, at its width, in colour when it has ANSI colours.</summary>
    public static void Write(Answer answer, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(console);
        if (console is ReportConsole report)
        {
            Write(answer, report.Output, report.Color, report.Width);
            return;
        }
        var profile = console.Profile;
        var color = profile.Capabilities.Ansi && profile.Capabilities.ColorSystem != ColorSystem.NoColors;
        Write(answer, profile.Out.Writer, color, profile.Width);
    }

    private static void Write(Answer answer, TextWriter output, bool color, int width)
    {
        var canvas = new TextCanvas(width, color);
        Write(answer, canvas);
        output.Write(canvas.ToString());
    }

    private static void Write(Answer answer, TextCanvas canvas)
    {
        var sources = new SourceNumbers(answer);
        TextBlocks.Rule(canvas, ReportText.Title(answer));
        if (answer.Verdict is { } verdict)
        {
            TextBlocks.Paragraph(canvas, new StyledText("Question: ", TextStyle.Bold).Append(verdict.Question)
                .Append("  Answer: ", TextStyle.Bold).Append(verdict.Answer));
        }
        TextBlocks.Panel(canvas, "TL;DR", new StyledText(answer.Summary, TextStyle.Plain));
        TextBlocks.Line(canvas, answer.TimeContext, TextStyle.Muted);

        foreach (var section in ReportSections.Of(answer))
            WriteSection(canvas, section, sources);
        WriteBlocs(canvas, answer.Blocs);
        WriteViewpoints(canvas, answer.Viewpoints);
        WriteSources(canvas, sources);
    }

    private static void WriteSection(TextCanvas canvas, AnswerGroup section, SourceNumbers sources)
    {
        var color = TierColors.Of(section.Tier);
        canvas.EndLine();
        TextBlocks.Line(canvas, section.Title, color.WithBold());
        if (section.Members.Count == 0)
        {
            TextBlocks.Line(canvas, ReportText.None, TextStyle.Muted);
            return;
        }
        var table = new TextTable(Columns, color, RightAligned);
        foreach (var member in section.Members)
            table.AddRow(Row(member, color, sources));
        table.Write(canvas);
    }

    private static StyledText[] Row(AnswerMember member, TextStyle color, SourceNumbers sources) =>
    [
        new(member.Actor.Name, color),
        Plain(member.Actor.Country ?? "—"),
        Plain(ReportText.Relationship(member)),
        Plain(ReportText.Areas(member)),
        Plain(member.Since?.ToString() ?? "—"),
        Plain(member.Until?.ToString() ?? "—"),
        Plain(ReportText.Score(member.Score)),
        Plain(ReportText.Refs(sources.Of(member))),
    ];

    private static StyledText Plain(string? text) => new(text, TextStyle.Plain);
}
