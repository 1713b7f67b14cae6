using System.Globalization;

namespace Entente.Formats.Interchange.Own;

/// <summary>
/// One thing wrong with a file being read: which file, where in it (line and column for CSV and
/// JSON syntax, the element's path for JSON content), which field, and what is wrong with it.
/// </summary>
public sealed record ReadProblem(string File, string Message)
{
    public int? Line { get; init; }
    public int? Column { get; init; }

    /// <summary>The column or JSON path of the offending value.</summary>
    public string? Field { get; init; }

    /// <summary>
    /// The record is well formed but cites one that was left out for a problem of its own: worth
    /// saying when bad records are skipped, noise when the whole read stops.
    /// </summary>
    public bool FollowsFromAnother { get; init; }

    public override string ToString()
    {
        var at = Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{File} line {line}{(Column is { } c ? $", column {c}" : "")}")
            : File;
        return Field is null ? $"{at}: {Message}" : $"{at} ({Field}): {Message}";
    }
}

/// <summary>A file that could not be read; nothing of it was returned. Carries every problem found (up to a limit).</summary>
public sealed class KnowledgeReadException : Exception
{
    public const int MaxProblems = 100;

    public KnowledgeReadException(IReadOnlyList<ReadProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    public KnowledgeReadException()
        : this([])
    {
    }

    public KnowledgeReadException(string message)
        : base(message) => Problems = [new ReadProblem("", message)];

    public KnowledgeReadException(string message, Exception inner)
        : base(message, inner) => Problems = [new ReadProblem("", message)];

    public IReadOnlyList<ReadProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ReadProblem> problems)
    {
        var shown = problems.Take(20).Select(p => "  " + p);
        var more = problems.Count > 20 ? $"\n  … and {problems.Count - 20} more" : "";
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        return $"Nothing was read ({count}); fix the file and try again:\n{string.Join('\n', shown)}{more}";
    }
}
