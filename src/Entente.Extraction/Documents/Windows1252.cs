using System.Text;

namespace Entente.Extraction.Documents;

/// <summary>
/// Windows-1252 without an encoding package: Latin-1 except 0x80–0x9F, where Windows puts curly
/// quotes, dashes and the euro sign. Text that is neither UTF-8 nor UTF-16 is almost always this.
/// </summary>
internal static class Windows1252
{
    public const string Name = "windows-1252";

    // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned in Windows-1252 and stay as Latin-1 maps them.
    private const string High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    public static string GetString(ReadOnlySpan<byte> bytes)
    {
        var latin1 = Encoding.Latin1.GetString(bytes);
        return string.Create(latin1.Length, latin1, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '\u0080' and <= '\u009F' ? High[c - 0x80] : c;
            }
        });
    }
}
