using Entente.Answers;

namespace Entente.Formats.Reports;

/// <summary>Numbers every cited source once, in order of first appearance, so tables can cite "[1][2]".</summary>
internal sealed class SourceNumbers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public SourceNumbers(Answer answer)
    {
        // SourceList is computed on each access; take it once.
        Sources = answer.SourceList;
        for (var i = 0; i < Sources.Count; i++)
            _numbers.TryAdd(Sources[i].Id, i + 1);
    }

    public IReadOnlyList<AnswerSource> Sources { get; }

    public int Of(AnswerSource source) => _numbers[source.Id];

    public IReadOnlyList<int> Of(AnswerMember member) =>
        member.Sources.Select(Of).Distinct().ToList();
}
