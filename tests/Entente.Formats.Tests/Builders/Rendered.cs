using Entente.Answers;

namespace Entente.Formats.Tests.Builders;

/// <summary>Renders an answer to a string through the public entry point, as the command line does.</summary>
public static class Rendered
{
    public const int GoldenWidth = 120;

    public static string As(ReportFormat format, Answer answer, bool color = false, int width = GoldenWidth)
    {
        using var output = new StringWriter { NewLine = "\n" };
        AnswerRenderer.Render(answer, format, output, color, width);
        return output.ToString();
    }

    /// <summary>An answer with nothing in it: every section empty.</summary>
    public static Answer Empty() => new(
        SampleAnswers.Iran, new DateOnly(2026, 1, 15), "Iran has no allies or partners on record as of 15 January 2026.",
        "As of 15 January 2026.",
        [
            new AnswerGroup(Tier.Core, "Core allies and partners", []),
            new AnswerGroup(Tier.GreatPower, "Great-power partners", []),
            new AnswerGroup(Tier.Varying, "States and actors of varying alignment", []),
        ],
        [], [], [], []);

    /// <summary>The sample with its core member renamed, to push a hostile name through every column.</summary>
    public static Answer WithCoreActorNamed(string name, string? country = "LBN")
    {
        var sample = SampleAnswers.Iran2026();
        var core = sample.Groups[0];
        var member = core.Members[0] with { Actor = core.Members[0].Actor with { Name = name, Country = country }, Label = name };
        return sample with { Groups = [core with { Members = [member] }, .. sample.Groups.Skip(1)] };
    }
}
