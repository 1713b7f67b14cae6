using System.Globalization;
using Microsoft.Win32.SafeHandles;

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
        // Opened straight away: the checks for a folder or a missing file run only when opening fails.
        // Each check is a system call, and an ingest spent more time in them than in decoding.
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(path))
                return new ReadResult.Skipped(SkipReason.Directory, "is a directory, not a file");
            if (!File.Exists(path))
                return new ReadResult.Skipped(SkipReason.Missing, "does not exist");
            throw;
        }
        byte[] buffer;
        int length;
        using (handle)
        {
            var reported = RandomAccess.GetLength(handle);
            if (reported > options.MaxBytes)
                return TooLarge(reported);
            (buffer, length) = ReadAtMost(handle, reported, options.MaxBytes + 1);
        }
        if (length > options.MaxBytes)
            return TooLarge(length);
        if (length == 0)
            return new ReadResult.Skipped(SkipReason.Empty, "is empty");
        var bytes = buffer.AsSpan(0, length);
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

    /// <summary>
    /// The file's bytes, at most <paramref name="limit"/>, into one buffer sized by the reported length
    /// (plus one byte to see the end). Devices and growing files can report one length and deliver
    /// more, so the buffer grows, up to the limit, while reads fill it. The bytes only live until they
    /// are decoded, so a thread reads every file into the same array while it is large enough
    /// (<paramref name="capacity"/> is the part of it in use), rather than leaving one a file to the
    /// garbage collector.
    /// </summary>
    private static (byte[] Buffer, int Length) ReadAtMost(SafeFileHandle handle, long reported, long limit)
    {
        var capacity = (int)Math.Clamp(reported + 1, 1, limit);
        var buffer = spareBuffer is { } spare && spare.Length >= capacity ? spare : new byte[capacity];
        var length = 0;
        while (true)
        {
            if (length == capacity)
            {
                if (capacity >= limit)
                    return Keep(buffer, length);
                capacity = (int)Math.Min(limit, Math.Max(capacity * 2L, 4096));
                if (buffer.Length < capacity)
                    Array.Resize(ref buffer, capacity);
            }
            var wanted = capacity - length;
            var read = RandomAccess.Read(handle, buffer.AsSpan(length, wanted), length);
            length += read;
            // A short read at the reported length is the end of a file: no second call to hear it.
            if (read == 0 || (read < wanted && reported > 0 && length >= reported))
                return Keep(buffer, length);
        }
    }

    // Files past this size are rare: their buffer is not kept for the thread's next file.
    private const int MaxSpareBuffer = 1 << 20;

    [ThreadStatic]
    private static byte[]? spareBuffer;

    private static (byte[] Buffer, int Length) Keep(byte[] buffer, int length)
    {
        if (buffer.Length <= MaxSpareBuffer && buffer.Length > (spareBuffer?.Length ?? 0))
            spareBuffer = buffer;
        return (buffer, length);
    }

    private static string Describe(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
