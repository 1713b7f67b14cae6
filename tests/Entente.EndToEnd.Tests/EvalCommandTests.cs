namespace Entente.EndToEnd.Tests;

/// <summary>`entente eval` over a folder of gold documents, with and without the robustness check.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-eval-").FullName;

    public EvalCommandTests()
    {
        File.WriteAllText(Path.Combine(_folder, "a-iran.txt"), "Iran and its partners\n\nIran has armed Hezbollah since the 1980s.\n");
        File.WriteAllText(Path.Combine(_folder, "a-iran.gold.yaml"), """
            subject: iran
            partners:
              - actor: hezbollah
                relation: proxy
                evidence: "Iran has armed Hezbollah since the 1980s."
            """);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Robustness_reads_each_quoted_passage_reworded()
    {
        var result = Cli.Run(null, "eval", _folder, "--robustness");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("partners:    precision 1.000  recall 1.000", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("robustness: 1 of 1 quoted passages give their claim read alone", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"adverb-also\s+has also …\s+kept\s+1\s+lost\s+0", result.Stdout);
        Assert.Contains("total lost 0, sign flipped 0", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_option_there_is_no_robustness_section()
    {
        var result = Cli.Run(null, "eval", _folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("robustness:", result.Stdout, StringComparison.Ordinal);
    }
}
