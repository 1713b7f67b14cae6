namespace Entente.Assessing;

/// <summary>
/// Every number the assessment uses, in one place. docs/scoring.md explains each; tests pin them.
/// </summary>
public sealed record ScoringModel
{
    public static readonly ScoringModel Default = new();

    public IReadOnlyDictionary<char, double> SourceReliabilityWeight { get; init; } = new Dictionary<char, double>
    {
        ['A'] = 1.0, ['B'] = 0.85, ['C'] = 0.65, ['D'] = 0.4, ['E'] = 0.15, ['F'] = 0.5,
    };

    public IReadOnlyDictionary<int, double> CredibilityWeight { get; init; } = new Dictionary<int, double>
    {
        [1] = 1.0, [2] = 0.85, [3] = 0.65, [4] = 0.4, [5] = 0.15, [6] = 0.5,
    };

    public double HedgedFactor { get; init; } = 0.6;

    /// <summary>A source this many years older than the as-of date counts half as much above the floor.</summary>
    public double RecencyHalfLifeYears { get; init; } = 8;

    public double RecencyFloor { get; init; } = 0.5;

    public IReadOnlyDictionary<RelationType, double> BaseScore { get; init; } = new Dictionary<RelationType, double>
    {
        [RelationType.FormalAlliance] = 0.95,
        [RelationType.Ally] = 0.9,
        [RelationType.Proxy] = 0.9,
        [RelationType.MemberOf] = 0.85,
        [RelationType.StrategicPartner] = 0.7,
        [RelationType.EconomicPartner] = 0.45,
        [RelationType.PragmaticPartner] = 0.35,
        [RelationType.Mediator] = 0.3,
        [RelationType.PartnerCompetitor] = 0.1,
        [RelationType.Rival] = -0.5,
        [RelationType.Adversary] = -0.9,
    };

    public double AreaBonus { get; init; } = 0.01;
    public double MaxAreaBonus { get; init; } = 0.05;

    /// <summary>Score = raw × (floor + (1 − floor) × confidence): thin evidence pulls a relation towards neutral.</summary>
    public double EvidenceFloor { get; init; } = 0.7;

    /// <summary>Share of weight that a dissenting reading needs for the relation to count as contested.</summary>
    public double ContestedShare { get; init; } = 0.2;

    public double DenialPenalty { get; init; } = 0.3;

    /// <summary>
    /// UN voting agreement moves a score by weight × (2 × share − 1): at most ±0.05. It is an alignment
    /// signal, never a relation: it only nudges pairs that claims already relate.
    /// </summary>
    public double UnVotingWeight { get; init; } = 0.05;

    /// <summary>A year of UN votes older than this (before the as-of date) no longer counts.</summary>
    public int UnVotingMaxAgeYears { get; init; } = 6;

    /// <summary>Votes are pooled over this many years up to the latest with votes: one session can hold a single roll call.</summary>
    public int UnVotingWindowYears { get; init; } = 3;

    public double CoreScore { get; init; } = 0.6;
    public double GreatPowerScore { get; init; } = 0.3;
    public double AdversaryScore { get; init; } = -0.25;
}
