using System.Globalization;

namespace Entente.Formats.Text;

/// <summary>
/// How many terminal columns text takes: 2 for wide East Asian characters and emoji, 0 for
/// combining marks, 1 otherwise; as Spectre.Console's own table (wcwidth) had it for every UTF-16
/// unit, so the layout is unchanged. Kept here because loading Spectre's table cost more on a cold
/// start than rendering the whole report.
/// </summary>
internal static class CellWidth
{
    /// <summary>Pairs of first and last characters of the wide ranges, in ascending order.</summary>
    private const string Wide =
        "\u1100\u115F\u231A\u231B\u2329\u232A\u23E9\u23EC\u23F0\u23F0\u23F3\u23F3\u25FD\u25FE\u2614\u2615" +
        "\u2630\u2637\u2648\u2653\u267F\u267F\u268A\u268F\u2693\u2693\u26A1\u26A1\u26AA\u26AB\u26BD\u26BE" +
        "\u26C4\u26C5\u26CE\u26CE\u26D4\u26D4\u26EA\u26EA\u26F2\u26F3\u26F5\u26F5\u26FA\u26FA\u26FD\u26FD" +
        "\u2705\u2705\u270A\u270B\u2728\u2728\u274C\u274C\u274E\u274E\u2753\u2755\u2757\u2757\u2795\u2797" +
        "\u27B0\u27B0\u27BF\u27BF\u2B1B\u2B1C\u2B50\u2B50\u2B55\u2B55\u2E80\u2E99\u2E9B\u2EF3\u2F00\u2FD5" +
        "\u2FF0\u3029\u3030\u303E\u3041\u3096\u309B\u30FF\u3105\u312F\u3131\u318E\u3190\u31E5\u31EF\u321E" +
        "\u3220\u3247\u3250\uA48C\uA490\uA4C6\uA960\uA97C\uAC00\uD7A3\uF900\uFAFF\uFE10\uFE19\uFE30\uFE52" +
        "\uFE54\uFE66\uFE68\uFE6B\uFF01\uFF60\uFFE0\uFFE6";

    public static int Of(string text) => Of(text.AsSpan());

    public static int Of(ReadOnlySpan<char> text)
    {
        var cells = 0;
        foreach (var c in text)
            cells += Of(c);
        return cells;
    }

    public static int Of(char c)
    {
        if (c < '\u0300')
            return 1;
        if (IsZeroWidth(c))
            return 0;
        return IsWide(c) ? 2 : 1;
    }

    private static bool IsZeroWidth(char c) =>
        c is (>= '\u1160' and <= '\u1200') or '\u2028' or '\u2029' or (>= '\uD7B0' and <= '\uD800')
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    private static bool IsWide(char c)
    {
        if (c < Wide[0])
            return false;
        int low = 0, high = (Wide.Length / 2) - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (c < Wide[2 * middle])
                high = middle - 1;
            else if (c > Wide[(2 * middle) + 1])
                low = middle + 1;
            else
                return true;
        }
        return false;
    }
}
