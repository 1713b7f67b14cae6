using System.Globalization;

namespace Entente.Extraction.Documents;

/// <summary>Tells binary files from text: by their magic number, or by NUL and control characters.</summary>
internal static class BinarySniffer
{
    private const int SampleChars = 8192;
    private const int MaxControlPercent = 5;
    private const int MaxNulPercent = 1;

    private static readonly (byte[] Magic, int Offset, string Name)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), 0, "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], 0, "ZIP archive (or an Office or EPUB document)"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0, "PNG image"),
        ([0xFF, 0xD8, 0xFF], 0, "JPEG image"),
        ("GIF87a"u8.ToArray(), 0, "GIF image"),
        ("GIF89a"u8.ToArray(), 0, "GIF image"),
        ([0x1F, 0x8B, 0x08], 0, "gzip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0, "legacy Office document"),
        ([0x7F, 0x45, 0x4C, 0x46], 0, "ELF executable"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], 0, "7-Zip archive"),
        ("Rar!\u001A\u0007"u8.ToArray(), 0, "RAR archive"),
        ("SQLite format 3\0"u8.ToArray(), 0, "SQLite database"),
        ("ftyp"u8.ToArray(), 4, "MP4 or QuickTime video"),
    ];

    /// <summary>The name of the binary format the bytes start with, or null.</summary>
    public static string? KnownFormat(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, offset, name) in Signatures)
        {
            if (bytes.Length >= offset + magic.Length && bytes.Slice(offset, magic.Length).SequenceEqual(magic))
                return name;
        }
        return null;
    }

    /// <summary>Why decoded text looks binary, or null when it looks like text.</summary>
    public static string? BinaryEvidence(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleChars));
        // Most text holds none of them: vectorised searches say so without counting. The set is three
        // ranges, and a range search is far cheaper than a search of a set that mixes ASCII and other characters.
        if (!sample.ContainsAnyInRange('\0', '\u0008') && !sample.ContainsAnyInRange('\u000E', '\u001F')
            && !sample.ContainsAnyInRange('\u007F', '\u009F'))
            return null;
        int nul = 0, control = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
                nul++;
            else if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
                control++;
        }
        // A stray NUL in a damaged text file is removed by the cleaner; many of them mean binary data.
        if (nul * 100 > sample.Length * MaxNulPercent)
            return string.Create(CultureInfo.InvariantCulture, $"it contains NUL bytes ({nul} in its first {sample.Length} characters)");
        if (control * 100 > sample.Length * MaxControlPercent)
        {
            var percent = control * 100 / sample.Length;
            return string.Create(CultureInfo.InvariantCulture, $"{percent}% of its first {sample.Length} characters are control characters");
        }
        return null;
    }
}
