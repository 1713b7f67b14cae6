using Entente.Extraction.Evaluation;

namespace Entente.Extraction.Tests.Evaluation;

/// <summary>How the scorer reads a gold entry's other ids ("also").</summary>
public sealed class GoldAlternativesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("entente-gold-").FullName;

    [Fact]
    public void Another_id_with_an_entry_of_its_own_on_the_same_side_is_scored_as_itself()
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), "text");
        File.WriteAllText(Path.Combine(folder, "a.gold.yaml"), """
            subject: burkina-faso
            partners:
              - actor: russia
              - actor: africa-corps
                also: [russia, wagner-group]
            """);
        var gold = Assert.Single(GoldDocument.ReadFolder(folder));

        var score = Evaluator.Score(gold, "burkina-faso",
        [
            new ExtractedClaimView("russia", "burkina-faso", RelationType.StrategicPartner, Polarity.Asserts),
            new ExtractedClaimView("wagner-group", "burkina-faso", RelationType.Proxy, Polarity.Asserts),
        ]);

        Assert.Equal(["africa-corps", "russia"], score.FoundPartners.Order());
    }

    [Fact]
    public void Another_id_whose_own_entry_is_on_the_other_side_stands_for_the_entry_that_lists_it()
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), "text");
        File.WriteAllText(Path.Combine(folder, "a.gold.yaml"), """
            subject: hezbollah
            partners:
              - actor: assad-government
                also: [syria]
            adversaries:
              - actor: syria
            """);
        var gold = Assert.Single(GoldDocument.ReadFolder(folder));

        var score = Evaluator.Score(gold, "hezbollah", [new ExtractedClaimView("syria", "hezbollah", RelationType.Ally, Polarity.Asserts)]);

        Assert.Equal(["assad-government"], score.FoundPartners);
        Assert.Equal(0, score.SignErrors);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
