namespace Entente.Formats.Interchange.Import;

/// <summary>A malformed row: which file, where in it (1-based line and column), and what is wrong.</summary>
public sealed record ImportProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>A row the importer cannot read; the importer loop hands it to <see cref="ImportContext.Report"/>.</summary>
public sealed class MalformedRowException(ImportProblem problem) : Exception(problem.ToString())
{
    public ImportProblem Problem { get; } = problem;
}

/// <summary>The import stopped at a malformed row (--on-error stop): nothing is stored.</summary>
public sealed class ImportStoppedException(ImportProblem problem)
    : Exception($"{problem}. Nothing was imported; fix the row, or run again with --on-error skip to leave such rows out.")
{
    public ImportProblem Problem { get; } = problem;
}

/// <summary>The file as a whole cannot be imported (missing, wrong format, a companion file absent).</summary>
public sealed class ImportFileException(string message, Exception? inner = null) : Exception(message, inner);
