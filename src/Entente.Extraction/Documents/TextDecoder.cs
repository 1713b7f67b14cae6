using System.Text;
using System.Text.Unicode;

namespace Entente.Extraction.Documents;

/// <summary>
/// Guesses a file's encoding: a byte-order mark first, then UTF-16 without a mark when the zero
/// bytes say so, then strict UTF-8, else Windows-1252, which decodes any byte sequence.
/// </summary>
internal static class TextDecoder
{
    private const int SampleBytes = 8192;

    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (Encoding.UTF8.GetString(bytes[3..]), "utf-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return (Encoding.UTF32.GetString(bytes[4..]), "utf-32le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        // UTF-16 of ASCII text is valid UTF-8 too (full of NULs), so the zero bytes are looked at first.
        var utf16 = Utf16WithoutMark(bytes);
        if (utf16 is null && Utf8.IsValid(bytes))
            return (Encoding.UTF8.GetString(bytes), "utf-8");
        return utf16 switch
        {
            true => (Encoding.Unicode.GetString(bytes), "utf-16le"),
            false => (Encoding.BigEndianUnicode.GetString(bytes), "utf-16be"),
            null => (Windows1252.GetString(bytes), Windows1252.Name),
        };
    }

    /// <summary>
    /// True for little-endian, false for big-endian, null when the bytes do not look like UTF-16.
    /// Latin text in UTF-16 has a zero in nearly every other byte; other scripts still have one in
    /// their spaces and digits, so a tenth of the pairs is enough when the other side has almost none.
    /// </summary>
    private static bool? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var pairs = sample.Length / 2;
        // Nearly every file has no zero byte at all: one vectorised search says so without counting.
        if (pairs < 2 || !sample.Contains((byte)0))
            return null;
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0)
                zeroEven++;
            if (sample[i + 1] == 0)
                zeroOdd++;
        }
        if (zeroOdd * 10 >= pairs && zeroEven * 20 <= zeroOdd)
            return true;
        if (zeroEven * 10 >= pairs && zeroOdd * 20 <= zeroEven)
            return false;
        return null;
    }
}
