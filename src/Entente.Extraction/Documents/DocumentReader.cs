using System.Globalization;

namespace Entente.Extraction.Documents;

/// <summary>
/// Reads one file into text: checks it exists, fits the size limit and is not binary, guesses its
/// encoding and format. Every problem with the file itself becomes a <see cref="ReadResult.Skipped"/>.
/// </summary>
public sealed class DocumentReader
{
    private readonly ReaderOptions options;

    public DocumentReader(ReaderOptions? options = null)
    {
        this.options = options ?? ReaderOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(this.options.MaxBytes);
    }

    public ReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return ReadFile(path) with { Path = path };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return new ReadResult.Skipped(SkipReason.Unreadable, $"could not be read: {e.Message}") { Path = path };
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return new ReadResult.Skipped(SkipReason.Missing, $"is not a valid file path: {e.Message}") { Path = path };
        }
    }

    private ReadResult ReadFile(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            return new ReadResult.Skipped(SkipReason.Missing, "no file name was given");
        if (Directory.Exists(path))
            return new ReadResult.Skipped(SkipReason.Directory, "is a directory, not a file");
        var info = new FileInfo(path);
        if (!info.Exists)
            return new ReadResult.Skipped(SkipReason.Missing, "does not exist");
        if (info.Length > options.MaxBytes)
            return TooLarge(info.Length);

        // Devices and growing files can report one length and deliver more, so the read is capped too.
        var bytes = ReadAtMost(path, options.MaxBytes + 1);
        if (bytes.Length > options.MaxBytes)
            return TooLarge(bytes.Length);
        if (bytes.Length == 0)
            return new ReadResult.Skipped(SkipReason.Empty, "is empty");
        if (BinarySniffer.KnownFormat(bytes) is { } binaryFormat)
            return new ReadResult.Skipped(SkipReason.Binary, $"is a {binaryFormat}, not text");

        var (text, encoding) = TextDecoder.Decode(bytes);
        if (BinarySniffer.BinaryEvidence(text) is { } evidence)
            return new ReadResult.Skipped(SkipReason.Binary, $"looks binary: {evidence}");
        if (string.IsNullOrWhiteSpace(text))
            return new ReadResult.Skipped(SkipReason.Empty, "holds only whitespace");
        return new ReadResult.Read(text, encoding, FormatSniffer.Detect(path, text));
    }

    private ReadResult.Skipped TooLarge(long length) =>
        new(SkipReason.TooLarge, string.Create(CultureInfo.InvariantCulture,
            $"is {Describe(length)} ({length:N0} bytes), over the limit of {Describe(options.MaxBytes)} ({options.MaxBytes:N0} bytes)"));

    private static byte[] ReadAtMost(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    private static string Describe(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
