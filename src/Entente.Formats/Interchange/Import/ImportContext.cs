namespace Entente.Formats.Interchange.Import;

/// <summary>What an importer needs from outside: the actors already known, and the error policy.</summary>
public sealed class ImportContext(IActorDirectory actors, OnError onError = OnError.Stop)
{
    private readonly List<ImportProblem> _skipped = [];

    public IActorDirectory Actors { get; } = actors;

    public OnError OnError { get; } = onError;

    public IReadOnlyList<ImportProblem> Skipped => _skipped;

    /// <summary>Stops the import, or records the problem and lets the caller skip the row.</summary>
    public void Report(ImportProblem problem)
    {
        if (OnError == OnError.Stop)
            throw new ImportStoppedException(problem);
        _skipped.Add(problem);
    }
}
