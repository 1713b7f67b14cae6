using System.Globalization;
using Entente.Answers;
using Entente.Formats.Reports;

namespace Entente.Formats.Csv;

/// <summary>
/// One RFC 4180 row per actor in the groups, former allies and adversaries, for spreadsheets and
/// data tools. Sources are summarised (a count and the titles); the JSON carries them in full.
/// </summary>
public static class CsvAnswerWriter
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "tier", "actor_id", "actor", "kind", "country", "relation", "label", "areas",
        "since", "until", "score", "confidence", "contested", "sources", "source_titles",
    ];

    public static void Write(Answer answer, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(output);
        WriteRow(output, Columns);
        foreach (var section in ReportSections.Of(answer))
        {
            foreach (var member in section.Members)
                WriteRow(output, Row(section.Tier, member));
        }
    }

    private static string[] Row(Tier tier, AnswerMember member) =>
    [
        tier.ToWire(),
        CsvCell.Text(member.Actor.Id),
        CsvCell.Text(member.Actor.Name),
        member.Actor.Kind.ToWire(),
        CsvCell.Text(member.Actor.Country ?? ""),
        member.Relation.ToWire(),
        CsvCell.Text(member.Label),
        string.Join(';', member.Areas.Select(a => a.ToWire())),
        member.Since?.ToString() ?? "",
        member.Until?.ToString() ?? "",
        Number(member.Score),
        Number(member.Confidence),
        member.Contested ? "true" : "false",
        member.Sources.Count.ToString(CultureInfo.InvariantCulture),
        CsvCell.Text(string.Join("; ", member.Sources.Select(s => s.Title))),
    ];

    private static string Number(double value) =>
        Math.Round(value, 3, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);

    private static void WriteRow(TextWriter output, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                output.Write(',');
            output.Write(CsvCell.Quote(cells[i]));
        }
        // RFC 4180 ends records with CRLF whatever the platform.
        output.Write("\r\n");
    }
}
