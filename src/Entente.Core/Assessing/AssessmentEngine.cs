namespace Entente.Assessing;

/// <summary>
/// Turns the claims about one pair into an assessment as of a date: which claims are in force, which
/// reading wins, how close (score), how sure (confidence), whether sources disagree, and the tier.
/// docs/scoring.md is the prose version of this class.
/// </summary>
public sealed class AssessmentEngine(ScoringModel model)
{
    private readonly ClaimWeigher _weigher = new(model);
    private readonly TierRules _tiers = new(model);

    public ScoringModel Model => model;

    public Assessment? Assess(PairEvidence evidence, DateOnly asOf)
    {
        var begun = evidence.Claims.Where(c => c.Claim.Validity.HasBegunBy(asOf)).ToList();
        var current = begun.Where(c => !c.Claim.Validity.HasEndedBy(asOf)).ToList();
        var isFormer = current.Count == 0;
        var inForce = isFormer ? begun : current;
        if (inForce.Count == 0)
            return null;

        var weighed = inForce.Select(c => new WeighedClaim(c.Claim, c.Source, _weigher.Weigh(c.Claim, c.Source, asOf))).ToList();
        var asserting = weighed.Where(w => w.Claim.Polarity == Polarity.Asserts).ToList();
        if (asserting.Count == 0)
            return null;

        var type = WinningType(asserting, evidence);
        var winnerClass = type.Class();
        var supporting = asserting.Where(w => w.Claim.Relation is not { } t || t.Class() == winnerClass).ToList();
        var dissent = asserting.Where(w => w.Claim.Relation is { } t && t.Class() != winnerClass).Sum(w => w.Weight)
            + weighed.Where(w => w.Claim.Polarity == Polarity.Denies && w.Claim.Relation?.Class() == winnerClass).Sum(w => w.Weight);
        var total = weighed.Sum(w => w.Weight);
        var dissentShare = total > 0 ? dissent / total : 0;

        var areas = RankAreas(asserting.Where(w => w.Claim.Relation is not { } t || t.IsHostile() == type.IsHostile()));
        var confidence = IndependentConfidence(supporting) * (1 - dissentShare);
        var voting = evidence.Voting is { Votes: > 0 } v ? model.UnVotingWeight * ((2 * v.Share) - 1) : 0;
        var score = Score(asserting, type, areas.Count, weighed, winnerClass, confidence, voting);
        var (since, until) = Interval(isFormer ? inForce : supporting.Select(w => (w.Claim, w.Source)).ToList(), isFormer);
        var tier = _tiers.TierFor(type, score, evidence.Other, isFormer);

        return new Assessment(
            evidence.SubjectId, evidence.Other, type, Role(asserting, type, evidence.SubjectIds), areas,
            Math.Round(score, 2), Math.Round(confidence, 2), tier, dissentShare >= model.ContestedShare,
            since, until, weighed.OrderByDescending(w => w.Weight).ToList())
        {
            Dispute = FindDispute(weighed),
        };
    }

    private static RelationType WinningType(List<WeighedClaim> asserting, PairEvidence evidence)
    {
        var votes = asserting
            .Where(w => w.Claim.Relation is not null)
            .GroupBy(w => w.Claim.Relation!.Value)
            .Select(g => (Type: g.Key, Weight: g.Sum(w => w.Weight)))
            .OrderByDescending(v => v.Weight)
            .ThenBy(v => v.Type.Class())
            .ToList();
        return votes.Count > 0 ? votes[0].Type : InferFromAreas(asserting, evidence);
    }

    /// <summary>Claims that name only support ("X arms Y") still say what kind of tie it is.</summary>
    private static RelationType InferFromAreas(List<WeighedClaim> asserting, PairEvidence evidence)
    {
        var areas = asserting.SelectMany(w => w.Claim.Areas).ToHashSet();
        var military = areas.Overlaps([Area.Weapons, Area.Funding, Area.Training, Area.AdvisorsTroops]);
        var sponsorsNonState = evidence.Other.Kind.IsNonState()
            && asserting.Any(w => w.Claim.Directed && evidence.SubjectIds.Contains(w.Claim.Subject));
        if (military)
            return sponsorsNonState ? RelationType.Proxy : RelationType.StrategicPartner;
        if (areas.Contains(Area.Mediation))
            return RelationType.Mediator;
        return areas.Overlaps([Area.Trade, Area.Energy, Area.Investment, Area.Infrastructure])
            ? RelationType.EconomicPartner
            : RelationType.PragmaticPartner;
    }

    private double Score(List<WeighedClaim> asserting, RelationType type, int areaCount, List<WeighedClaim> all, RelationClass winnerClass, double confidence, double voting)
    {
        var typed = asserting.Where(w => w.Claim.Relation is not null).ToList();
        var weight = typed.Sum(w => w.Weight);
        var raw = weight > 0
            ? typed.Sum(w => w.Weight * model.BaseScore[w.Claim.Relation!.Value]) / weight
            : model.BaseScore[type];
        if (raw > 0)
            raw += Math.Min(model.MaxAreaBonus, model.AreaBonus * areaCount);

        var denied = all.Where(w => w.Claim.Polarity == Polarity.Denies && w.Claim.Relation?.Class() == winnerClass).Sum(w => w.Weight);
        var denialShare = denied / (asserting.Sum(w => w.Weight) + denied);
        raw *= 1 - (model.DenialPenalty * denialShare);

        var scaled = raw * (model.EvidenceFloor + ((1 - model.EvidenceFloor) * confidence));
        return Math.Clamp(scaled + voting, -1, 1);
    }

    /// <summary>Several claims from one publisher are one voice: take its best, then combine voices.</summary>
    private static double IndependentConfidence(IEnumerable<WeighedClaim> claims)
    {
        var doubt = claims
            .GroupBy(w => w.Source.Publisher.Trim().ToUpperInvariant())
            .Select(g => 1 - Math.Clamp(g.Max(w => w.Weight), 0, 1))
            .Aggregate(1.0, (acc, d) => acc * d);
        return 1 - doubt;
    }

    /// <summary>Areas named by more (and weightier) claims first; ties keep the order sources listed them.</summary>
    private static List<Area> RankAreas(IEnumerable<WeighedClaim> claims) =>
        claims
            .SelectMany(w => w.Claim.Areas.Select(area => (area, w.Weight)))
            .Select((x, position) => (x.area, x.Weight, position))
            .GroupBy(x => x.area)
            .OrderByDescending(g => Math.Round(g.Sum(x => x.Weight), 6))
            .ThenBy(g => g.Min(x => x.position))
            .Select(g => g.Key)
            .ToList();

    private static (PartialDate? Since, PartialDate? Until) Interval(IReadOnlyList<(Claim Claim, Source Source)> claims, bool isFormer)
    {
        var since = claims.Select(c => c.Claim.Validity.From).Where(f => f is not null).Min();
        var untils = claims.Select(c => c.Claim.Validity.Until).ToList();
        PartialDate? until = isFormer || untils.All(u => u is not null) ? untils.Where(u => u is not null).Max() : null;
        return (since, until);
    }

    private static RelationRole Role(List<WeighedClaim> asserting, RelationType type, IReadOnlySet<string> subjectIds)
    {
        var directed = asserting.Where(w => w.Claim.Directed && w.Claim.Relation == type).ToList();
        if (directed.Count == 0)
            return RelationRole.Mutual;
        var subjectActs = directed.Where(w => subjectIds.Contains(w.Claim.Subject)).Sum(w => w.Weight);
        var otherActs = directed.Sum(w => w.Weight) - subjectActs;
        return subjectActs >= otherActs ? RelationRole.SubjectActs : RelationRole.OtherActs;
    }

    /// <summary>
    /// The closest reading any source gives (or denies) is the statement put to the sources: those
    /// asserting that class are for it, those asserting another class or denying it are against.
    /// </summary>
    private static Dispute? FindDispute(List<WeighedClaim> weighed)
    {
        var typed = weighed.Where(w => w.Claim.Relation is not null).ToList();
        var classes = typed.Where(w => w.Claim.Polarity == Polarity.Asserts).Select(w => w.Claim.Relation!.Value.Class()).Distinct().Count();
        var hasDenial = typed.Any(w => w.Claim.Polarity == Polarity.Denies);
        if (classes < 2 && !hasDenial)
            return null;

        var statement = typed
            .OrderBy(w => w.Claim.Relation!.Value.Class())
            .ThenBy(w => w.Claim.Polarity)
            .ThenByDescending(w => w.Weight)
            .First().Claim.Relation!.Value;
        var statementClass = statement.Class();
        var forIt = typed.Where(w => w.Claim.Polarity == Polarity.Asserts && w.Claim.Relation!.Value.Class() == statementClass).ToList();
        var against = typed.Where(w => w.Claim.Relation!.Value.Class() == statementClass
            ? w.Claim.Polarity == Polarity.Denies
            : w.Claim.Polarity == Polarity.Asserts).ToList();
        return against.Count == 0 ? null : new Dispute(statement, forIt, against);
    }
}
