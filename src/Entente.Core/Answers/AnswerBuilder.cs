using Entente.Assessing;

namespace Entente.Answers;

/// <summary>Builds the answer about a subject as of a date from the slice of knowledge that concerns it.</summary>
public sealed class AnswerBuilder(AssessmentEngine engine)
{
    private static readonly Tier[] GroupTiers = [Tier.Core, Tier.GreatPower, Tier.Varying];

    public Answer Build(KnowledgeSlice slice, DateOnly asOf)
    {
        var subjectIds = slice.SubjectIdsAsOf(asOf);
        var governmentsOfSubject = slice.Actors.Values
            .Where(a => a.Kind == ActorKind.Government && a.Governs == slice.Subject.Id)
            .Select(a => a.Id)
            .ToHashSet();
        var accepted = slice.Claims.Where(c => c.Status == ClaimStatus.Accepted && slice.Sources.ContainsKey(c.SourceId)).ToList();

        var assessments = new List<Assessment>();
        var pairs = accepted
            .Where(c => subjectIds.Contains(c.Subject) != subjectIds.Contains(c.Object))
            .GroupBy(c => subjectIds.Contains(c.Subject) ? c.Object : c.Subject);
        foreach (var pair in pairs)
        {
            if (!slice.Actors.TryGetValue(pair.Key, out var other) || governmentsOfSubject.Contains(other.Id))
                continue;
            if (other.Kind == ActorKind.Bloc && slice.Subject.Kind != ActorKind.Bloc)
                continue;
            var evidence = new PairEvidence(slice.Subject.Id, subjectIds, other, pair.Select(c => (c, slice.Sources[c.SourceId])).ToList())
            {
                Voting = VotingAsOf(slice, other.Id, asOf),
            };
            if (engine.Assess(evidence, asOf) is { } assessment)
                assessments.Add(assessment);
        }

        var members = assessments.Select(a => WithVoting(ToMember(a, slice), ToUnVoting(VotingAsOf(slice, a.Other.Id, asOf)))).ToList();
        var groups = GroupTiers
            .Select(t => new AnswerGroup(t, t.Title(), Closest(members.Where(m => m.Tier == t))))
            .ToList();
        var former = members.Where(m => m.Tier == Tier.Former).OrderByDescending(m => m.Until).ThenBy(m => m.Actor.Name, StringComparer.Ordinal).ToList();
        var adversaries = members.Where(m => m.Tier == Tier.Adversary)
            .OrderBy(m => m.Relation.IsHostile() ? m.Relation == RelationType.Adversary ? 0 : 1 : 2)
            .ThenByDescending(m => m.Actor.GreatPower)
            .ThenByDescending(m => m.Sources.Count)
            .ThenBy(m => m.Since)
            .ThenBy(m => m.Actor.Name, StringComparer.Ordinal)
            .ToList();

        return new Answer(
            slice.Subject.ToRef(),
            asOf,
            SummaryWriter.Summarize(slice.Subject, groups, former, adversaries, asOf),
            SummaryWriter.TimeContext(members, asOf),
            groups,
            former,
            adversaries,
            Blocs(slice, accepted, subjectIds, asOf),
            assessments.Where(a => a.Dispute is not null).OrderByDescending(a => a.Score).Select(a => ToViewpoint(a, slice.Subject)).ToList());
    }

    /// <summary>
    /// Closest first. Scores within 0.1 of each other are too close to rank on: the broader tie
    /// (more areas), then the better-attested one, goes first.
    /// </summary>
    private static List<AnswerMember> Closest(IEnumerable<AnswerMember> members) =>
        members
            .OrderByDescending(m => Math.Round(m.Score, 1))
            .ThenByDescending(m => m.Areas.Count)
            .ThenByDescending(m => m.Confidence)
            .ThenByDescending(m => m.Sources.Count)
            .ThenBy(m => m.Actor.Name, StringComparer.Ordinal)
            .ToList();

    private static AnswerMember ToMember(Assessment a, KnowledgeSlice slice)
    {
        var label = RelationLabels.For(a.Type, a.Role, a.Other, a.IsFormer);
        return new AnswerMember(
            a.Other.ToRef(), a.Tier, a.Type, a.Role, label,
            DescriptionWriter.Describe(a, label, slice.Subject, slice.Actors),
            a.Areas, a.Score, a.Confidence, a.Since, a.Until, a.Contested,
            a.Claims.Select(ToSource).DistinctBy(s => s.Id).ToList());
    }

    /// <summary>
    /// The pair's UN votes pooled over the latest few years with votes (a single session can hold one
    /// roll call), ending at most a few years before the date; null when there are none.
    /// </summary>
    private VotingAgreement? VotingAsOf(KnowledgeSlice slice, string otherId, DateOnly asOf)
    {
        var model = engine.Model;
        var rows = slice.Voting.Where(r => r.Year <= asOf.Year && r.Other(slice.Subject.Id) == otherId).ToList();
        if (rows.Count == 0)
            return null;
        var latest = rows.Max(r => r.Year);
        if (asOf.Year - latest > model.UnVotingMaxAgeYears)
            return null;
        var window = rows.Where(r => r.Year > latest - model.UnVotingWindowYears).ToList();
        return new VotingAgreement(window[0].ActorA, window[0].ActorB, latest, window.Sum(r => r.Identical), window.Sum(r => r.Votes))
        {
            FirstYear = window.Min(r => r.Year),
        };
    }

    /// <summary>Every report shows the signal where it shows the description: "UN voting agreement: 67% of 187 votes (2018–2020)."</summary>
    private static AnswerMember WithVoting(AnswerMember member, UnVotingAgreement? voting) =>
        voting is null
            ? member
            : member with
            {
                UnVoting = voting,
                Description = $"{member.Description} UN voting agreement: {(int)Math.Round(voting.Share * 100)}% of {voting.Votes} votes ({(voting.Since is { } s && s != voting.Year ? $"{s}–" : "")}{voting.Year}).",
            };

    private static UnVotingAgreement? ToUnVoting(VotingAgreement? pooled) =>
        pooled is null ? null : new UnVotingAgreement(Math.Round(pooled.Share, 2), pooled.Year, pooled.Votes) { Since = pooled.FirstYear };

    private static AnswerSource ToSource(WeighedClaim w) =>
        new(w.Source.Id, w.Source.Title, w.Source.Publisher, w.Source.Url, w.Source.Published, w.Source.Reliability, w.Claim.Quote, w.Claim.Note);

    private static Viewpoint ToViewpoint(Assessment a, Actor subject)
    {
        var dispute = a.Dispute!;
        var statement = Prose.Capitalized(RelationLabels.Statement(dispute.Statement, a.Role, Prose.Name(subject.Name), Prose.Name(a.Other.Name)));
        return new Viewpoint(statement, Cite(dispute.For), Cite(dispute.Against));
    }

    private static List<string> Cite(IEnumerable<WeighedClaim> claims) =>
        claims.Select(ToSource).DistinctBy(s => s.Id).Select(s => s.Citation).ToList();

    private static List<BlocSummary> Blocs(KnowledgeSlice slice, List<Claim> accepted, IReadOnlySet<string> subjectIds, DateOnly asOf)
    {
        bool IsMembership(Claim c) => c.Relation == RelationType.MemberOf && c.Polarity == Polarity.Asserts && c.Validity.Contains(asOf)
            && slice.Actors.TryGetValue(c.Object, out var bloc) && bloc.Kind == ActorKind.Bloc;

        var memberships = accepted.Where(IsMembership).ToList();
        return memberships
            .Where(c => subjectIds.Contains(c.Subject))
            .Select(c => slice.Actors[c.Object])
            .DistinctBy(b => b.Id)
            .Select(bloc => new BlocSummary(
                bloc.Id, bloc.Name, bloc.BlocType, bloc.Since,
                memberships.Where(c => c.Object == bloc.Id)
                    .Select(c => slice.Actors.TryGetValue(c.Subject, out var m) ? m.ToRef() : null)
                    .OfType<ActorRef>()
                    .DistinctBy(m => m.Id)
                    .OrderBy(m => m.Name, StringComparer.Ordinal)
                    .ToList()))
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .ToList();
    }
}
