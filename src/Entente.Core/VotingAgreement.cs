namespace Entente;

/// <summary>
/// How often two states cast the same vote in the UN General Assembly in one year: an alignment
/// signal, not a relation. <see cref="ActorA"/> sorts before <see cref="ActorB"/> (ordinal), so a pair
/// has one row per year.
/// </summary>
public sealed record VotingAgreement(string ActorA, string ActorB, int Year, int Identical, int Votes)
{
    /// <summary>Share of the roll calls both voted in (yes, no or abstain) where they voted alike.</summary>
    public double Share => Votes == 0 ? 0 : (double)Identical / Votes;

    public static VotingAgreement Of(string first, string second, int year, int identical, int votes) =>
        string.CompareOrdinal(first, second) <= 0
            ? new VotingAgreement(first, second, year, identical, votes)
            : new VotingAgreement(second, first, year, identical, votes);

    /// <summary>For counts pooled over several years: the first of them (<see cref="Year"/> is the last).</summary>
    public int? FirstYear { get; init; }

    public string Other(string actorId) => ActorA == actorId ? ActorB : ActorA;
}
