using Entente.Extraction.Evaluation;

namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// The evaluation set (tests/eval) as a floor: the figures may rise, never fall below what has been
/// reached. Raise the floors when the extractor improves; when studied holdout documents move into the
/// set, the floors are set again from the larger set's figures. See tests/eval/README.md.
/// </summary>
public sealed class EvaluationGateTests
{
    private static string EvalFolder(string split)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "eval")))
            dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("tests/eval not found above the test folder"), "tests", "eval", split);
    }

    [Fact]
    public void Every_gold_document_is_read_and_scored()
    {
        var report = EvaluationRun.Run(EvalFolder("dev"), BundledPipeline.Instance, new DateOnly(2025, 6, 1));

        Assert.True(report.Documents.Count >= 119, $"{report.Documents.Count} documents");
    }

    [Fact]
    public void The_development_set_keeps_its_claims_when_reworded()
    {
        var report = RobustnessRun.Run(EvalFolder("dev"), BundledPipeline.Instance, new DateOnly(2025, 6, 1));
        int Lost(string name) => report.Rewordings.Single(r => r.Rewording.Name == name).Lost;

        Assert.True(report.ReadAlone >= 500, $"{report.ReadAlone} passages read alone");
        foreach (var name in (string[])["end-officials-said", "end-statement", "end-clause", "end-since", "adverb-also", "adverb-now", "adverb-still", "adverb-long", "adverb-reportedly", "hedge-before-verb", "context"])
            Assert.True(Lost(name) == 0, $"{name} lost {Lost(name)}");
        foreach (var name in (string[])["opener-date", "opener-however", "opener-according", "opener-while", "opener-analysts-say"])
            Assert.True(Lost(name) <= 1, $"{name} lost {Lost(name)}");
        Assert.True(Lost("aside-after-other") <= 3, $"aside-after-other lost {Lost("aside-after-other")}");
        Assert.True(Lost("aside-after-subject") <= 6, $"aside-after-subject lost {Lost("aside-after-subject")}");
        Assert.Equal(0, report.Rewordings.Sum(r => r.Flipped));
    }

    [Fact]
    public void The_development_set_stays_above_its_floor()
    {
        var report = EvaluationRun.Run(EvalFolder("dev"), BundledPipeline.Instance, new DateOnly(2025, 6, 1));

        Assert.True(report.Partners.F1 >= 0.85, $"partners F1 {report.Partners.F1:0.000}");
        Assert.True(report.Partners.Precision >= 0.985, $"partners precision {report.Partners.Precision:0.000}");
        Assert.True(report.Adversaries.F1 >= 0.825, $"adversaries F1 {report.Adversaries.F1:0.000}");
        Assert.True(report.SignErrors <= 3, $"{report.SignErrors} sign errors");
    }

    [Fact]
    public void A_given_subject_is_the_one_every_document_is_read_about()
    {
        var report = EvaluationRun.Run(EvalFolder("dev"), BundledPipeline.Instance, new DateOnly(2025, 6, 1), givenSubject: true);

        Assert.All(report.Documents, d => Assert.Equal(d.Gold.Subject, d.FoundSubject));
    }
}
