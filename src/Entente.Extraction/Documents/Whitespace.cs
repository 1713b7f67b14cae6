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
        // Character by character: words are a few letters apart, and a vectorised search per word
        // cost more than it saved. A character that starts a word adds the pending space; any special
        // character but the invisible ones makes a space pending.
        foreach (var c in text)
        {
            if (IsPlain(c))
            {
                if (pendingSpace && length > 0)
                    buffer[length++] = ' ';
                buffer[length++] = c;
                pendingSpace = false;
            }
            else if (!Invisible.Contains(c))
                pendingSpace = true;
        }
        var collapsed = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return collapsed;
    }

    public static string Collapse(StringBuilder text)
    {
        if (text.Length == 0)
            return "";
        // A builder in one piece (the usual paragraph) is read where it lies.
        foreach (var chunk in text.GetChunks())
        {
            if (chunk.Length == text.Length)
                return Collapse(chunk.Span);
            break;
        }
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
        // A line of printable ASCII with single spaces between its words (most of a paragraph's text)
        // counts at once: each space there becomes one, and only a space pending from before is added.
        if (piece.Length > 0 && piece[0] != ' ' && piece[^1] != ' ' && piece.IndexOfAnyExceptInRange(' ', '~') < 0
            && piece.IndexOf("  ", StringComparison.Ordinal) < 0)
        {
            length += piece.Length + (pendingSpace && length > 0 ? 1 : 0);
            pendingSpace = false;
            return;
        }
        // Character by character, by the same rules as Collapse.
        foreach (var c in piece)
        {
            if (IsPlain(c))
            {
                length += pendingSpace && length > 0 ? 2 : 1;
                pendingSpace = false;
            }
            else if (!Invisible.Contains(c))
                pendingSpace = true;
        }
    }

    /// <summary>Not one of the special characters: printable ASCII at once, the rest by the set.</summary>
    private static bool IsPlain(char c) => c is > ' ' and < '\u007F' || (c is < ' ' or >= '\u007F' && !Special.Contains(c));

    /// <summary>True when the only special characters are single spaces between words.</summary>
    private static bool IsCollapsed(ReadOnlySpan<char> text) =>
        text.IsEmpty
        || (text[0] != ' ' && text[^1] != ' ' && !HasSpecialButSpace(text) && text.IndexOf("  ", StringComparison.Ordinal) < 0);

    /// <summary>
    /// Printable ASCII holds no special character but the space, and a range scan over it is far
    /// cheaper than a search of the whole set (which mixes ASCII and other characters, so its search
    /// is a slow one): the range scan jumps from one other character to the next, and only those are
    /// looked up. English prose has a few (curly quotes, dashes) a paragraph.
    /// </summary>
    private static bool HasSpecialButSpace(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAnyExceptInRange(' ', '~');
        while (at >= 0)
        {
            if (SpecialButSpace.Contains(text[at]))
                return true;
            var next = text[(at + 1)..].IndexOfAnyExceptInRange(' ', '~');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }
}
