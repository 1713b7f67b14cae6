using Entente.Answers;

namespace Entente.Formats.Reports;

/// <summary>
/// The five tiers in reading order. Former allies and adversaries are separate lists in the answer
/// (DESIGN.md keeps them out of "groups"), but every report shows them the same way as the groups.
/// </summary>
internal static class ReportSections
{
    public static IReadOnlyList<AnswerGroup> Of(Answer answer) =>
    [
        .. answer.Groups,
        new AnswerGroup(Tier.Former, Tier.Former.Title(), answer.Former),
        new AnswerGroup(Tier.Adversary, Tier.Adversary.Title(), answer.Adversaries),
    ];
}
