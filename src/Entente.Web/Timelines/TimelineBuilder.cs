using Entente.Answers;
using Entente.Web.Contracts;

namespace Entente.Web.Timelines;

/// <summary>
/// The subject's relations over time, from its accepted claims that assert something: one row per
/// other actor and relation type, its claims' validity intervals merged where they overlap or touch.
/// </summary>
public static class TimelineBuilder
{
    public static Timeline Build(KnowledgeSlice slice, Answer today)
    {
        var subjectIds = slice.Actors.Values
            .Where(a => a.Kind == ActorKind.Government && a.Governs == slice.Subject.Id)
            .Select(a => a.Id)
            .Append(slice.Subject.Id)
            .ToHashSet();
        var tiers = today.AllMembers.ToDictionary(m => m.Actor.Id, m => m.Tier.ToWire());
        var rows = slice.Claims
            .Where(c => c.Status == ClaimStatus.Accepted && c.Polarity == Polarity.Asserts)
            .Where(c => subjectIds.Contains(c.Subject) != subjectIds.Contains(c.Object))
            .GroupBy(c => (Other: subjectIds.Contains(c.Subject) ? c.Object : c.Subject, Relation: c.Relation?.ToWire() ?? "support"))
            .Where(g => slice.Actors.ContainsKey(g.Key.Other))
            .Select(g => new TimelineRow(
                ActorSummary.Of(slice.Actors[g.Key.Other]),
                g.Key.Relation,
                tiers.GetValueOrDefault(g.Key.Other),
                Merge(g.Select(c => c.Validity)),
                g.Count()))
            .OrderBy(r => r.Spans[0].From is null ? "" : r.Spans[0].From)
            .ThenBy(r => r.Actor.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Relation, StringComparer.Ordinal)
            .ToList();
        return new Timeline(ActorSummary.Of(slice.Subject), today.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), rows);
    }

    /// <summary>Unions intervals: sorted by start (open first), each joins the previous one when it starts before that one ends.</summary>
    public static IReadOnlyList<TimelineSpan> Merge(IEnumerable<Validity> validities)
    {
        var merged = new List<(PartialDate? From, PartialDate? Until)>();
        foreach (var v in validities.OrderBy(v => v.From?.Start ?? DateOnly.MinValue))
        {
            if (merged.Count > 0 && Overlaps(merged[^1].Until, v.From))
            {
                var last = merged[^1];
                merged[^1] = (last.From, Later(last.Until, v.Until));
            }
            else
            {
                merged.Add((v.From, v.Until));
            }
        }
        return merged.Select(m => new TimelineSpan(m.From?.ToString(), m.Until?.ToString())).ToList();
    }

    private static bool Overlaps(PartialDate? previousUntil, PartialDate? nextFrom) =>
        previousUntil is not { } until || nextFrom is not { } from || from.Start <= until.Start;

    /// <summary>The later end; an open end (null) is the latest of all.</summary>
    private static PartialDate? Later(PartialDate? a, PartialDate? b) =>
        a is null || b is null ? null : a.Value.Start >= b.Value.Start ? a : b;
}
