using System.Globalization;
using System.Text;
using Entente.Answers;

namespace Entente.Formats.Reports;

/// <summary>The wording the human-readable reports share, so that Markdown, HTML and the terminal agree.</summary>
internal static class ReportText
{
    public static string Title(Answer answer) => $"Allies of {answer.Subject.Name} (as of {Date(answer.AsOf)})";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Hezbollah (LBN)", or the bare name when the actor has no country.</summary>
    public static string ActorWithCountry(ActorRef actor) =>
        actor.Country is { Length: > 0 } country ? $"{actor.Name} ({country})" : actor.Name;

    public static string Relationship(AnswerMember member) =>
        member.Contested ? $"{member.Label} (contested)" : member.Label;

    public static string Areas(AnswerMember member) =>
        member.Areas.Count == 0 ? "—" : string.Join(", ", member.Areas.Select(a => a.ToProse()));

    /// <summary>"1982–", "1979–2024-12-08", "–2020", or "—" when neither end is known.</summary>
    public static string Span(AnswerMember member) => (member.Since, member.Until) switch
    {
        (null, null) => "—",
        var (since, until) => $"{since}–{until}",
    };

    public static string Score(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>" — Publisher, 2025-01-17, reliability B2": what follows a source's title in lists.</summary>
    public static string SourceDetails(AnswerSource source)
    {
        var line = new StringBuilder();
        if (source.Publisher.Length > 0)
            line.Append(" — ").Append(source.Publisher);
        if (source.Date is { } date)
            line.Append(", ").Append(date.ToString());
        line.Append(", reliability ").Append(source.Reliability.ToString());
        return line.ToString();
    }

    /// <summary>"informal_alignment, since 2003" for a bloc's heading; empty when nothing is known.</summary>
    public static string BlocDetails(BlocSummary bloc)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(bloc.Type))
            parts.Add(bloc.Type.Replace('_', ' '));
        if (bloc.Since is { } since)
            parts.Add($"since {since}");
        return string.Join(", ", parts);
    }

    public static string Refs(IEnumerable<int> numbers) => string.Concat(numbers.Select(n => $"[{n}]"));

    public static string None => "None on record.";
}
