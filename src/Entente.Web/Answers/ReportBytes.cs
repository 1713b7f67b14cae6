using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Entente.Answers;
using Entente.Formats;
using Entente.Formats.Json;
using Entente.Web.Caching;
using Entente.Web.Problems;

namespace Entente.Web.Answers;

/// <summary>Renders an answer with the renderers the command line uses, to the bytes sent.</summary>
public static class ReportBytes
{
    // As the command line's JSON (markup characters escaped, other scripts readable), minus the
    // indentation: a third fewer bytes on every response, the same document once parsed.
    private static readonly JsonWriterOptions CompactJson = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static CachedResponse Render(Answer answer, ReportFormat format)
    {
        if (format == ReportFormat.Json)
        {
            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            using (var writer = new Utf8JsonWriter(buffer, CompactJson))
                JsonAnswerWriter.Write(answer, writer);
            return new CachedResponse(buffer.WrittenSpan.ToArray(), ContentType(format));
        }
        var text = new StringWriter();
        AnswerRenderer.Render(answer, format, text, color: false, width: 120);
        return new CachedResponse(Encoding.UTF8.GetBytes(text.ToString()), ContentType(format));
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
            : throw ApiProblem.BadRequest($"format '{format}' is not one of: {string.Join(", ", ReportFormats.Names)}.");
    }
}
