namespace Entente.Cli.Ingest;

/// <summary>What happened to one file.</summary>
internal enum IngestStatus
{
    Added,
    AlreadyStored,
    Skipped,
    Failed,
}

internal sealed record IngestOutcome(string Path, IngestStatus Status)
{
    public string? Reason { get; init; }
    public string? Subject { get; init; }
    public int Claims { get; init; }
    public int Candidates { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>The outcome of a whole ingest, per file and in total.</summary>
internal sealed record IngestSummary(IReadOnlyList<IngestOutcome> Files, bool Accepted)
{
    public int Count(IngestStatus status) => Files.Count(f => f.Status == status);

    public int Claims => Files.Sum(f => f.Claims);

    public int Candidates => Files.Sum(f => f.Candidates);

    /// <summary>A file that could not be read or stored is a failure; one already stored is not.</summary>
    public bool AnyFailed => Files.Any(f => f.Status is IngestStatus.Skipped or IngestStatus.Failed);
}
