using System.CommandLine;
using System.Globalization;
using Entente.Extraction;
using Entente.Extraction.Evaluation;
using Entente.Formats.Bundled;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente eval &lt;gold-dir&gt; [--db PATH] [--verbose] [--given-subject] [--robustness]`: precision, recall and F1 of the partners and
/// the adversaries the extractor reads from the evaluation documents, and its sign errors; with --robustness, also how many of
/// the quoted passages keep their claim when reworded. Without --db the gazetteer is the bundled actors, so the figures do not
/// depend on what a database has learnt.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var folder = new Argument<string>("gold-dir") { Description = "A folder of documents with .gold.yaml annotations beside them (e.g. tests/eval/holdout)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List what each document got wrong" };
        var db = new Option<string?>("--db") { Description = "Build the gazetteer from this database's actors instead of the bundled ones" };
        var givenSubject = new Option<bool>("--given-subject") { Description = "Hand each document's gold subject to the extractor, to score the reading of claims alone" };
        var robustness = new Option<bool>("--robustness") { Description = "Also read each quoted passage alone and reworded (openers, attributions, adverbs, asides) and count the claims each rewording loses" };
        var command = new Command("eval", "Score the extractor against gold-annotated documents") { folder, verbose, db, givenSubject, robustness };
        command.SetAction(result => EntenteCommand.Guard(environment, () =>
        {
            var dir = result.GetValue(folder)!;
            if (!Directory.Exists(dir))
                throw new UserError($"No folder at {dir}. Give a folder of documents with .gold.yaml files, e.g. tests/eval/dev.");
            IReadOnlyList<Actor> actors;
            if (result.GetValue(db) is { } path)
            {
                using var store = environment.OpenStore(path);
                actors = store.AllActors();
            }
            else
            {
                actors = BundledKnowledge.Load().Batch.Actors;
            }
            EvaluationReport report;
            RobustnessReport? robust = null;
            var pipeline = new ExtractionPipeline(actors.ToList());
            try
            {
                report = EvaluationRun.Run(dir, pipeline, environment.Today, result.GetValue(givenSubject));
                if (result.GetValue(robustness))
                    robust = RobustnessRun.Run(dir, pipeline, environment.Today);
            }
            catch (Exception e) when (e is InvalidDataException or FileNotFoundException or YamlDotNet.Core.YamlException)
            {
                throw new UserError(e.Message);
            }
            Write(environment.Output, report, result.GetValue(verbose));
            if (robust is not null)
                WriteRobustness(environment.Output, robust, result.GetValue(verbose));
            return 0;
        }));
        return command;
    }

    private static void Write(TextWriter output, EvaluationReport report, bool verbose)
    {
        output.WriteLine($"{"document",-44} {"subject",-18} {"partners P/R/F1",-17} {"adversaries P/R/F1",-19} sign");
        foreach (var d in report.Documents)
        {
            var subject = d.FoundSubject == d.Gold.Subject ? d.Gold.Subject : $"{d.FoundSubject ?? "-"}≠{d.Gold.Subject}";
            output.WriteLine($"{Trim(Path.GetFileNameWithoutExtension(d.Gold.Path), 44),-44} {Trim(subject, 18),-18} {Prf(d.Partners),-17} {Prf(d.Adversaries),-19} {d.SignErrors}");
            if (verbose)
            {
                Missing(output, "missed partners", d.Gold.Partners.Except(d.FoundPartners));
                Missing(output, "wrong partners", d.FoundPartners.Except(d.Gold.Partners));
                Missing(output, "missed adversaries", d.Gold.Adversaries.Except(d.FoundAdversaries));
                Missing(output, "wrong adversaries", d.FoundAdversaries.Except(d.Gold.Adversaries));
            }
        }
        output.WriteLine();
        output.WriteLine($"{report.Documents.Count} documents, subject right in {report.SubjectsRight}");
        output.WriteLine($"partners:    {Line(report.Partners)}");
        output.WriteLine($"adversaries: {Line(report.Adversaries)}");
        output.WriteLine($"sign errors: {report.SignErrors}");
    }

    private static void WriteRobustness(TextWriter output, RobustnessReport report, bool verbose)
    {
        output.WriteLine();
        output.WriteLine($"robustness: {report.ReadAlone} of {report.Passages} quoted passages give their claim read alone; reworded, they keep it or not:");
        foreach (var r in report.Rewordings)
        {
            output.WriteLine($"  {r.Rewording.Name,-20} {Trim(r.Rewording.Example, 46),-46} kept {r.Kept,4}  lost {r.Lost,4}  sign flipped {r.Flipped}");
            if (verbose)
            {
                foreach (var example in r.LostExamples)
                    output.WriteLine($"      lost: {example}");
            }
        }
        output.WriteLine($"  total lost {report.Rewordings.Sum(r => r.Lost)}, sign flipped {report.Rewordings.Sum(r => r.Flipped)}");
    }

    private static void Missing(TextWriter output, string label, IEnumerable<string> ids)
    {
        var list = ids.Order(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
            output.WriteLine($"    {label}: {string.Join(", ", list)}");
    }

    private static string Prf(Tally t) => string.Create(CultureInfo.InvariantCulture, $"{t.Precision:0.00}/{t.Recall:0.00}/{t.F1:0.00}");

    private static string Line(Tally t) => string.Create(CultureInfo.InvariantCulture,
        $"precision {t.Precision:0.000}  recall {t.Recall:0.000}  F1 {t.F1:0.000}  ({t.TruePositives} right, {t.FalsePositives} wrong, {t.FalseNegatives} missed)");

    private static string Trim(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
