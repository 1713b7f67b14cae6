using System.Buffers;
using System.Text;

namespace Entente.Extraction.Documents;

internal static class Whitespace
{
    // Every character char.IsWhiteSpace accepts, and the invisible ones that are dropped.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
        + "\u2028\u2029\u202F\u205F\u3000\u00AD\u200B\uFEFF");

    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u00AD\u200B\uFEFF");

    // The same without the plain space, so clean text is checked in two vectorised scans, not one per word.
    private static readonly SearchValues<char> SpecialButSpace = SearchValues.Create(
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
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
        var buffer = ArrayPool<char>.Shared.Rent(text.Length); // one space per run never outgrows the run
        var length = 0;
        var pendingSpace = false;
        while (!text.IsEmpty)
        {
            var special = text.IndexOfAny(Special);
            var plain = special < 0 ? text : text[..special];
            if (!plain.IsEmpty)
            {
                if (pendingSpace && length > 0)
                    buffer[length++] = ' ';
                plain.CopyTo(buffer.AsSpan(length));
                length += plain.Length;
                pendingSpace = false;
            }
            if (special < 0)
                break;
            // A whole run of special characters at once: it is a space unless all of it is invisible.
            var rest = text[special..];
            var runEnd = rest.IndexOfAnyExcept(Special);
            var run = runEnd < 0 ? rest : rest[..runEnd];
            if (run.IndexOfAnyExcept(Invisible) >= 0)
                pendingSpace = true;
            text = rest[run.Length..];
        }
        var collapsed = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return collapsed;
    }

    public static string Collapse(StringBuilder text)
    {
        if (text.Length == 0)
            return "";
        // Collapsed from a pooled copy, so text with line breaks becomes one new string, not two.
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        text.CopyTo(0, buffer, text.Length);
        var collapsed = Collapse(buffer.AsSpan(0, text.Length));
        ArrayPool<char>.Shared.Return(buffer);
        return collapsed;
    }

    /// <summary>
    /// Adds one piece to a running count of the length <see cref="Collapse(ReadOnlySpan{char})"/> would
    /// give all the pieces joined in order, so text spread over many nodes is measured without being built.
    /// </summary>
    public static void CountCollapsed(ReadOnlySpan<char> piece, ref int length, ref bool pendingSpace)
    {
        // Character by character: the pieces are a paragraph's text nodes, words a few letters apart,
        // where a vectorised search per word costs more than it saves. Same rules as Collapse: a
        // character that starts a word adds the pending space; any special character but the invisible
        // ones makes a space pending.
        foreach (var c in piece)
        {
            if (c is > ' ' and < '\u007F' || (c >= '\u007F' && !Special.Contains(c)) || (c < ' ' && c is not ('\t' or '\n' or '\v' or '\f' or '\r')))
            {
                length += pendingSpace && length > 0 ? 2 : 1;
                pendingSpace = false;
            }
            else if (!Invisible.Contains(c))
                pendingSpace = true;
        }
    }

    /// <summary>True when the only special characters are single spaces between words.</summary>
    private static bool IsCollapsed(ReadOnlySpan<char> text) =>
        text.IsEmpty
        || (text[0] != ' ' && text[^1] != ' ' && text.IndexOfAny(SpecialButSpace) < 0 && text.IndexOf("  ", StringComparison.Ordinal) < 0);
}
