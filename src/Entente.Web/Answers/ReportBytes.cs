using System.Text;
using Entente.Answers;
using Entente.Formats;

namespace Entente.Web.Answers;

/// <summary>Renders an answer with the same renderer the command line uses, to the bytes sent.</summary>
public static class ReportBytes
{
    public static Caching.CachedResponse Render(Answer answer, ReportFormat format)
    {
        var text = new StringWriter();
        AnswerRenderer.Render(answer, format, text, color: false, width: 120);
        return new Caching.CachedResponse(Encoding.UTF8.GetBytes(text.ToString()), ContentType(format));
    }

    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Json => "application/json; charset=utf-8",
        ReportFormat.Html => "text/html; charset=utf-8",
        ReportFormat.Markdown => "text/markdown; charset=utf-8",
        ReportFormat.Csv => "text/csv; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    /// <summary>?format=, JSON when absent.</summary>
    public static ReportFormat ParseFormat(string? format)
    {
        if (string.IsNullOrEmpty(format))
            return ReportFormat.Json;
        return ReportFormats.TryParse(format, out var parsed)
            ? parsed
            : throw Problems.ApiProblem.BadRequest($"format '{format}' is not one of: {string.Join(", ", ReportFormats.Names)}.");
    }
}
