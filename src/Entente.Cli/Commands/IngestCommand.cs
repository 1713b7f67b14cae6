using System.CommandLine;
using System.Globalization;
using Entente.Cli.Ingest;
using Entente.Extraction;
using Entente.Extraction.Documents;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente ingest &lt;file|dir&gt;... [--accept] [--json] [--db PATH] [--max-size MB] [--reliability GRADE]`:
/// reads documents into claims. Exit code 0 when every file was read or was already stored, 1 when
/// some were skipped or failed (the others are stored all the same).
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or directories (read recursively: .txt, .md, .html, .htm)", Arity = ArgumentArity.OneOrMore };
        var accept = new Option<bool>("--accept") { Description = "Store the claims as accepted instead of as candidates for review" };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON" };
        var maxSize = new Option<double>("--max-size") { Description = "Skip files larger than this many MB (default 20)", DefaultValueFactory = _ => 20 };
        var reliability = new Option<string?>("--reliability") { Description = "Admiralty grade of the documents' source, e.g. B2 (default F6: cannot be judged)" };
        var db = CommonOptions.Db();
        var command = new Command("ingest", "Read articles and reports into sourced claims") { paths, accept, json, maxSize, reliability, db };
        command.SetAction(result => EntenteCommand.Guard(environment, () =>
        {
            var limit = result.GetValue(maxSize);
            if (limit <= 0 || double.IsNaN(limit))
                throw new UserError(string.Create(CultureInfo.InvariantCulture, $"--max-size {limit} must be a positive number of megabytes."));
            var grade = DocumentOriginGrade(result.GetValue(reliability));
            var files = DocumentFiles.Expand(result.GetValue(paths) ?? []);
            if (files.Count == 0)
                throw new UserError("No documents to ingest: the directories hold no .txt, .md, .html or .htm files.");

            using var store = environment.OpenStore(result.GetValue(db));
            var pipeline = new ExtractionPipeline(store.AllActors());
            var reader = new DocumentReader(new ReaderOptions { MaxBytes = (long)(limit * 1024 * 1024) });
            var run = new IngestRun(store, pipeline, reader, environment.Today) { Accept = result.GetValue(accept), Reliability = grade };
            var asJson = result.GetValue(json);
            var progress = environment.Progress && !asJson && files.Count > 1 ? new ProgressBar(environment.Error, files.Count, environment.Width) : null;
            var summary = run.Run(files, progress);
            if (asJson)
                IngestReport.WriteJson(environment.Output, summary);
            else
                IngestReport.WriteText(environment.Output, summary);
            return summary.AnyFailed ? 1 : 0;
        }));
        return command;
    }

    private static Reliability DocumentOriginGrade(string? text)
    {
        if (text is null)
            return Extraction.Ingestion.DocumentOrigin.DefaultReliability;
        return Reliability.TryParse(text.ToUpperInvariant(), out var grade)
            ? grade
            : throw new UserError($"--reliability '{text}' is not an Admiralty grade: a letter A–F and a digit 1–6, e.g. B2.");
    }
}
