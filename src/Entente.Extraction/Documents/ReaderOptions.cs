namespace Entente.Extraction.Documents;

/// <summary>Limits for <see cref="DocumentReader"/>.</summary>
public sealed record ReaderOptions
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    public static ReaderOptions Default { get; } = new();

    /// <summary>Larger files are skipped unread: no article is that long, and a 200 MB log must not fill memory.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
