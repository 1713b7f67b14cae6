using System.Text;

namespace Entente.Formats.Reports;

/// <summary>
/// Removes control characters from text taken from documents. In a terminal, ESC and the C1 CSI
/// (U+009B) start escape sequences that can move the cursor, rewrite the screen or set the title;
/// in HTML and Markdown they are invalid or invisible. Tabs become spaces; line breaks are kept or
/// folded to spaces as the caller needs.
/// </summary>
internal static class ControlText
{
    public static string Strip(string text, bool keepLineBreaks)
    {
        if (!NeedsWork(text))
            return text;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    continue;
                result.Append(keepLineBreaks ? '\n' : ' ');
            }
            else if (c == '\n')
            {
                result.Append(keepLineBreaks ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                result.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
                return true;
        }
        return false;
    }
}
