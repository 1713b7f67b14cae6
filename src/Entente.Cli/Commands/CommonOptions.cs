using System.CommandLine;
using Entente.Formats;

namespace Entente.Cli.Commands;

/// <summary>Options several commands share, named as DESIGN.md's contract names them.</summary>
internal static class CommonOptions
{
    public static Option<string?> Db() => new("--db") { Description = "Database file (default: the user's data folder, or $ENTENTE_DB)" };

    public static Option<string?> Format() => new("--format", "-f") { Description = "text, markdown, html, json or csv (default: text, or from --out's extension)" };

    public static Option<string?> Out() => new("--out", "-o") { Description = "Write the report to this file instead of the terminal" };

    public static Option<string?> AsOf() => new("--as-of") { Description = "Answer as of this date: YYYY-MM-DD, YYYY-MM or YYYY (default: today)" };

    /// <summary>The format asked for, else the one --out's extension names, else text.</summary>
    public static ReportFormat ResolveFormat(string? format, string? outPath)
    {
        if (format is not null)
            return ReportFormats.TryParse(format, out var parsed) ? parsed : throw new UserError($"--format '{format}' is not one of: {string.Join(", ", ReportFormats.Names)}.");
        return Path.GetExtension(outPath ?? "").ToLowerInvariant() switch
        {
            ".html" or ".htm" => ReportFormat.Html,
            ".md" or ".markdown" => ReportFormat.Markdown,
            ".json" => ReportFormat.Json,
            ".csv" => ReportFormat.Csv,
            _ => ReportFormat.Text,
        };
    }
}
