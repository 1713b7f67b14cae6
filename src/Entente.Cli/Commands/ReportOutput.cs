using System.Text;
using Entente.Answers;
using Entente.Formats;

namespace Entente.Cli.Commands;

/// <summary>Sends a rendered answer to the terminal or to --out.</summary>
internal static class ReportOutput
{
    public static void Write(CliEnvironment environment, Answer answer, ReportFormat format, string? outPath)
    {
        if (outPath is null)
        {
            AnswerRenderer.Render(answer, format, environment.Output, environment.Color && format == ReportFormat.Text, environment.Width);
            return;
        }
        var full = Path.GetFullPath(outPath);
        if (Directory.Exists(full))
            throw new UserError($"--out {outPath} is a directory; give a file name such as {Path.Combine(outPath, "report.html")}.");
        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            throw new UserError($"--out {outPath}: the folder {folder} does not exist.");
        // Render fully before touching the file, so a failure never leaves half a report behind.
        var buffer = new StringWriter();
        AnswerRenderer.Render(answer, format, buffer, false, environment.Width);
        File.WriteAllText(full, buffer.ToString(), new UTF8Encoding(false));
        environment.Error.WriteLine($"Wrote {full}");
    }
}
