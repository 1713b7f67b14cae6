using Entente.Extraction.Documents;

namespace Entente.Extraction.Evaluation;

/// <summary>The scores of every document of an evaluation folder, and their totals.</summary>
public sealed record EvaluationReport(IReadOnlyList<DocumentScore> Documents)
{
    public Tally Partners => Documents.Aggregate(default(Tally), (sum, d) => sum + d.Partners);
    public Tally Adversaries => Documents.Aggregate(default(Tally), (sum, d) => sum + d.Adversaries);
    public int SignErrors => Documents.Sum(d => d.SignErrors);
    public int SubjectsRight => Documents.Count(d => d.FoundSubject == d.Gold.Subject);
}

/// <summary>Runs the pipeline over every gold document and scores what it reads against the gold annotations.</summary>
public static class EvaluationRun
{
    /// <param name="givenSubject">Hand each document's gold subject to the extractor: scores the reading of claims alone, without finding the subject.</param>
    public static EvaluationReport Run(string folder, ExtractionPipeline pipeline, DateOnly today, bool givenSubject = false)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var reader = new DocumentReader();
        var scores = new List<DocumentScore>();
        foreach (var gold in GoldDocument.ReadFolder(folder))
        {
            if (reader.Read(gold.Path) is not ReadResult.Read read)
                throw new InvalidDataException($"{gold.Path} could not be read; an evaluation document must be readable.");
            var found = pipeline.Extract(read.Text, read.Format, gold.Date ?? today, givenSubject ? gold.Subject : null).Found;
            var views = found.Claims.Select(c => new ExtractedClaimView(c.Subject, c.Object, c.Relation, c.Polarity));
            scores.Add(Evaluator.Score(gold, found.Subject, views));
        }
        return new EvaluationReport(scores);
    }
}
