using System.Buffers;
using System.Text;

namespace Entente.Extraction.Documents;

internal static class Whitespace
{
    // Every character char.IsWhiteSpace accepts, and the invisible ones that are dropped.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
        + "\u2028\u2029\u202F\u205F\u3000\u00AD\u200B\uFEFF");

    /// <summary>
    /// One space for every run of whitespace, none at the ends. Soft hyphens and zero-width spaces go
    /// too: they split words invisibly and would break name matching. Zero-width joiners stay, since
    /// Persian and Arabic spelling needs them. Text that is already clean comes back as it is.
    /// </summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        if (IsCollapsed(text))
            return text.ToString();
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        while (!text.IsEmpty)
        {
            var special = text.IndexOfAny(Special);
            var plain = special < 0 ? text : text[..special];
            if (!plain.IsEmpty)
            {
                if (pendingSpace && result.Length > 0)
                    result.Append(' ');
                result.Append(plain);
                pendingSpace = false;
            }
            if (special < 0)
                break;
            if (text[special] is not ('\u00AD' or '\u200B' or '\uFEFF'))
                pendingSpace = true;
            text = text[(special + 1)..];
        }
        return result.ToString();
    }

    public static string Collapse(StringBuilder text)
    {
        if (text.Length == 0)
            return "";
        var gathered = text.ToString();
        return IsCollapsed(gathered) ? gathered : Collapse(gathered.AsSpan()); // clean text is copied once, not twice
    }

    /// <summary>True when the only special characters are single spaces between words.</summary>
    private static bool IsCollapsed(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return true;
        if (text[0] == ' ' || text[^1] == ' ')
            return false;
        while (true)
        {
            var special = text.IndexOfAny(Special);
            if (special < 0)
                return true;
            if (text[special] != ' ' || text[special + 1] == ' ')
                return false;
            text = text[(special + 1)..];
        }
    }
}
