using System.Text;

namespace Entente.Extraction.Documents;

internal static class Whitespace
{
    /// <summary>
    /// One space for every run of whitespace, none at the ends. Soft hyphens and zero-width spaces go
    /// too: they split words invisibly and would break name matching. Zero-width joiners stay, since
    /// Persian and Arabic spelling needs them.
    /// </summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\u00AD' or '\u200B' or '\uFEFF')
                continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }
            if (pendingSpace)
                result.Append(' ');
            pendingSpace = false;
            result.Append(c);
        }
        return result.ToString();
    }

    public static string Collapse(StringBuilder text) => text.Length == 0 ? "" : Collapse(text.ToString().AsSpan());
}
