using Entente.Extraction.Documents;
using Entente.Extraction.Mentions;

namespace Entente.Extraction.Evaluation;

/// <summary>How one rewording fared: of the passages read alone that gave their claim, how many still do, lose it, or flip its sign.</summary>
public sealed record RewordingScore(Rewording Rewording, int Kept, int Lost, int Flipped, IReadOnlyList<string> LostExamples);

/// <summary>The robustness of the claim reading on a gold folder: each quoted passage read alone, then reworded.</summary>
public sealed record RobustnessReport(int Passages, int ReadAlone, IReadOnlyList<RewordingScore> Rewordings);

/// <summary>
/// Reads each gold passage alone, with the gold subject given, and again under each rewording that keeps its meaning; a passage
/// counts only where read alone it gives the annotated claim. What a rewording loses is reading tied to exact wording.
/// </summary>
public static class RobustnessRun
{
    private const int ExamplesKept = 5;

    private enum Outcome { Missed, Right, Flipped }

    public static RobustnessReport Run(string folder, ExtractionPipeline pipeline, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var passages = 0;
        var readAlone = 0;
        var kept = new int[Rewordings.All.Count];
        var lost = new int[Rewordings.All.Count];
        var flipped = new int[Rewordings.All.Count];
        var examples = Rewordings.All.Select(_ => new List<string>()).ToArray();
        foreach (var gold in GoldDocument.ReadFolder(folder))
        {
            foreach (var evidence in gold.Evidence.Where(e => Rewordings.Fits(e.Text)))
            {
                passages++;
                if (Read(pipeline, gold, evidence, evidence.Text, today) != Outcome.Right)
                    continue;
                readAlone++;
                var names = pipeline.Gazetteer.Find(evidence.Text);
                var passage = new Passage(evidence.Text, NameEnd(names, gold, evidence.Actor), NameEnd(names, gold, gold.Subject));
                for (var r = 0; r < Rewordings.All.Count; r++)
                {
                    if (Rewordings.All[r].Apply(passage) is not { } reworded)
                        continue;
                    switch (Read(pipeline, gold, evidence, reworded, today))
                    {
                        case Outcome.Right: kept[r]++; break;
                        case Outcome.Flipped: flipped[r]++; break;
                        default:
                            lost[r]++;
                            if (examples[r].Count < ExamplesKept)
                                examples[r].Add($"{Path.GetFileName(gold.Path)}: {gold.Subject} ~ {evidence.Actor}: {reworded}");
                            break;
                    }
                }
            }
        }
        var scores = Rewordings.All.Select((r, i) => new RewordingScore(r, kept[i], lost[i], flipped[i], examples[i])).ToList();
        return new RobustnessReport(passages, readAlone, scores);
    }

    private static Outcome Read(ExtractionPipeline pipeline, GoldDocument gold, GoldEvidence evidence, string sentence, DateOnly today)
    {
        var found = pipeline.Extract($"# Notes\n\n{sentence}\n", DocumentFormat.Markdown, gold.Date ?? today, gold.Subject).Found;
        var outcome = Outcome.Missed;
        foreach (var c in found.Claims)
        {
            if (c.Polarity != Polarity.Asserts || (c.Subject != gold.Subject && c.Object != gold.Subject))
                continue;
            var other = c.Subject == gold.Subject ? c.Object : c.Subject;
            if (gold.Alternatives.GetValueOrDefault(other, other) != evidence.Actor)
                continue;
            if (c.Relation.IsHostile() == evidence.Hostile)
                return Outcome.Right;
            outcome = Outcome.Flipped;
        }
        return outcome;
    }

    /// <summary>Where the first of the names of <paramref name="actor"/> (or of an actor the gold file counts as it) ends; -1 if none.</summary>
    private static int NameEnd(IReadOnlyList<Mention> names, GoldDocument gold, string actor)
    {
        foreach (var m in names)
        {
            if (gold.Alternatives.GetValueOrDefault(m.ActorId, m.ActorId) == actor)
                return m.End;
        }
        return -1;
    }
}
