namespace Entente.Extraction.Documents;

/// <summary>
/// What reading one file gave: its text, or why it was skipped. A user's bad file is an expected
/// outcome, not an exception, so an ingest of a whole folder reports every skip and carries on.
/// </summary>
public abstract record ReadResult
{
    private ReadResult()
    {
    }

    /// <summary>The path as the caller gave it, for messages.</summary>
    public string Path { get; init; } = "";

    public sealed record Read(string Text, string EncodingName, DocumentFormat Format) : ReadResult;

    public sealed record Skipped(SkipReason Reason, string Message) : ReadResult
    {
        public override string ToString() => $"{Path}: skipped, {Message}";
    }
}

/// <summary>Why a file was not read; the message of <see cref="ReadResult.Skipped"/> gives the details.</summary>
public enum SkipReason
{
    Missing,
    Unreadable,
    Directory,
    TooLarge,
    Binary,
    Empty,
}
