namespace Entente.Formats;

/// <summary>The formats an answer can be rendered in (the command line's <c>--format</c>).</summary>
public enum ReportFormat
{
    Text,
    Markdown,
    Html,
    Json,
    Csv,
}

public static class ReportFormats
{
    private static readonly Dictionary<string, ReportFormat> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = ReportFormat.Text,
        ["markdown"] = ReportFormat.Markdown,
        ["md"] = ReportFormat.Markdown,
        ["html"] = ReportFormat.Html,
        ["json"] = ReportFormat.Json,
        ["csv"] = ReportFormat.Csv,
    };

    /// <summary>The names a user may type, for help texts and error messages.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "markdown", "md", "html", "json", "csv"];

    public static bool TryParse(string? text, out ReportFormat format)
    {
        format = default;
        return text is not null && ByName.TryGetValue(text.Trim(), out format);
    }

    /// <exception cref="FormatException">The name is not one of <see cref="Names"/>; the message lists them.</exception>
    public static ReportFormat Parse(string? text) =>
        TryParse(text, out var format)
            ? format
            : throw new FormatException($"'{text}' is not a report format; use one of: {string.Join(", ", Names)}.");

    public static string ToName(this ReportFormat format) => format switch
    {
        ReportFormat.Text => "text",
        ReportFormat.Markdown => "markdown",
        ReportFormat.Html => "html",
        ReportFormat.Json => "json",
        ReportFormat.Csv => "csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The usual file extension, without the dot, for <c>--out</c> and downloads.</summary>
    public static string FileExtension(this ReportFormat format) => format switch
    {
        ReportFormat.Text => "txt",
        ReportFormat.Markdown => "md",
        _ => format.ToName(),
    };
}
