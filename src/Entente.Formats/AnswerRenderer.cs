using Entente.Answers;
using Entente.Formats.Csv;
using Entente.Formats.Html;
using Entente.Formats.Json;
using Entente.Formats.Markdown;
using Entente.Formats.Text;

namespace Entente.Formats;

/// <summary>The one entry the command line and the server use to turn an answer into a report.</summary>
public static class AnswerRenderer
{
    /// <param name="color">Only the text format uses it: ANSI colour codes on or off.</param>
    /// <param name="width">Only the text format uses it: the number of columns tables wrap to.</param>
    public static void Render(Answer answer, ReportFormat format, TextWriter output, bool color, int width)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Text:
                TextAnswerWriter.Write(answer, TerminalConsole.Create(output, color, width));
                break;
            case ReportFormat.Markdown:
                MarkdownAnswerWriter.Write(answer, output);
                break;
            case ReportFormat.Html:
                HtmlAnswerWriter.Write(answer, output);
                break;
            case ReportFormat.Json:
                JsonAnswerWriter.Write(answer, output);
                break;
            case ReportFormat.Csv:
                CsvAnswerWriter.Write(answer, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
        output.Flush();
    }
}
