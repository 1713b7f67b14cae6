namespace Entente.Formats.Interchange.Import;

/// <summary>What an import read: knowledge to store in one transaction, and what it could not use.</summary>
public sealed record ImportResult(KnowledgeBatch Batch, int RowsRead)
{
    /// <summary>UN voting agreement (unvotes only): stored as a signal beside the claims, with its source.</summary>
    public VotingData? Voting { get; init; }

    /// <summary>Rows skipped as malformed (with --on-error skip).</summary>
    public IReadOnlyList<ImportProblem> Skipped { get; init; } = [];

    /// <summary>Rows that were well formed but could not be used (an unknown country code …), summarised.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>Per pair of states and year, the share of identical UN General Assembly votes, and where it comes from.</summary>
public sealed record VotingData(Source Source, IReadOnlyList<VotingAgreement> Agreements);
