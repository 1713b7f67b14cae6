using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Entente.Extraction.Documents;

/// <summary>
/// Markdown inline markup to its text: **bold**, __bold__, *em*, _em_, ~~struck~~ and `code` keep
/// their words, [text](url) and [text][ref] keep the text, images go, backslash escapes resolve.
/// Unpaired marks stay as written. Closers are looked for in a bounded window, so a line of a
/// million asterisks costs linear time.
/// </summary>
internal static class MarkdownInline
{
    private const int Window = 1_000;

    private static readonly SearchValues<char> Marks = SearchValues.Create("*_~`[!\\<");

    // One builder a thread, cleared between texts, instead of a new one sized by each paragraph.
    private const int MaxSpareCapacity = 1 << 16;

    [ThreadStatic]
    private static StringBuilder? spare;

    public static string Strip(string text)
    {
        if (text.AsSpan().IndexOfAny(Marks) < 0)
            return text;
        var result = spare ?? new StringBuilder(Math.Max(text.Length, 256));
        spare = null;
        Append(text.AsSpan(), result);
        var stripped = result.ToString();
        result.Clear();
        if (result.Capacity <= MaxSpareCapacity)
            spare = result;
        return stripped;
    }

    private static void Append(ReadOnlySpan<char> text, StringBuilder into)
    {
        // On the stack: a paragraph calls this again for each emphasis or link text inside it.
        var searched = default(Searched);
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(Marks);
            if (next < 0)
            {
                into.Append(text[i..]);
                return;
            }
            into.Append(text.Slice(i, next));
            i += next;
            i += Markup(text, i, into, ref searched);
        }
    }

    /// <summary>Reads the markup starting at <paramref name="at"/> and returns how many characters it took.</summary>
    private static int Markup(ReadOnlySpan<char> text, int at, StringBuilder into, ref Searched searched)
    {
        var c = text[at];
        switch (c)
        {
            case '\\' when at + 1 < text.Length && char.IsAsciiLetterOrDigit(text[at + 1]) is false && !char.IsWhiteSpace(text[at + 1]):
                into.Append(text[at + 1]);
                return 2;
            case '`':
                return Delimited(text, at, '`', into, ref searched);
            case '!' when at + 1 < text.Length && text[at + 1] == '[':
                return Link(text, at + 1, null, ref searched) is { } image ? image + 1 : Literal(c, into);
            case '[':
                return Link(text, at, into, ref searched) ?? Literal(c, into);
            case '<':
                return AutoLink(text, at, into) ?? Literal(c, into);
            case '*' or '_' or '~':
                return Delimited(text, at, c, into, ref searched);
            default:
                return Literal(c, into);
        }
    }

    private static int Literal(char c, StringBuilder into)
    {
        into.Append(c);
        return 1;
    }

    /// <summary>A run of a mark, the text, and the same run again; else the run is kept as written.</summary>
    private static int Delimited(ReadOnlySpan<char> text, int at, char mark, StringBuilder into, ref Searched searched)
    {
        var run = 1;
        while (at + run < text.Length && text[at + run] == mark)
            run++;
        var opens = run <= Searched.MaxRun && at + run < text.Length && !char.IsWhiteSpace(text[at + run])
            && (mark != '_' || at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            && (mark != '~' || run == 2);
        if (opens)
        {
            var innerStart = at + run;
            var limit = Math.Min(text.Length, innerStart + Window);
            var key = Searched.Key(mark, run);
            for (var j = Math.Max(innerStart + 1, searched.ClosersAbsentBelow[key] - run + 1); j + run <= limit; j++)
            {
                if (!IsRun(text, j, mark, run) || char.IsWhiteSpace(text[j - 1]))
                    continue;
                if (mark == '_' && j + run < text.Length && char.IsLetterOrDigit(text[j + run]))
                    continue;
                var inner = text[innerStart..j];
                if (mark == '`')
                    into.Append(inner.Trim());
                else
                    Append(inner, into);
                return j + run - at;
            }
            searched.ClosersAbsentBelow[key] = limit;
        }
        into.Append(text.Slice(at, run));
        return run;
    }

    private static bool IsRun(ReadOnlySpan<char> text, int at, char mark, int run)
    {
        for (var k = 0; k < run; k++)
        {
            if (text[at + k] != mark)
                return false;
        }
        return at + run >= text.Length || text[at + run] != mark;
    }

    /// <summary>[text](url) or [text][ref]: appends the text (when asked) and returns the length, or null.</summary>
    private static int? Link(ReadOnlySpan<char> text, int at, StringBuilder? into, ref Searched searched)
    {
        if (at < searched.BracketAbsentBelow)
            return null;
        var window = text[at..Math.Min(text.Length, at + Window)];
        var close = window.IndexOf(']');
        if (close < 0)
            searched.BracketAbsentBelow = at + window.Length;
        if (close < 1 || close + 1 >= window.Length)
            return null;
        var label = window[1..close];
        if (label.Contains('['))
            return null;
        var opener = window[close + 1];
        var closer = opener switch { '(' => ')', '[' => ']', _ => '\0' };
        // "diplomacy.[1][2] Estonia's": numbered citation marks copied from an encyclopedia page, not a link; left as they
        // are, the segmenter knows them and ends the sentence before them.
        if (closer == '\0' || (opener == '[' && IsNumber(label)))
            return null;
        var end = window[(close + 2)..].IndexOf(closer);
        if (end < 0)
            return null;
        if (into is not null)
            Append(label, into);
        return close + 2 + end + 1;
    }

    private static bool IsNumber(ReadOnlySpan<char> label)
    {
        foreach (var c in label)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }

    /// <summary>&lt;https://…&gt; to the address itself.</summary>
    private static int? AutoLink(ReadOnlySpan<char> text, int at, StringBuilder into)
    {
        var window = text[(at + 1)..Math.Min(text.Length, at + 1 + Window)];
        if (!window.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !window.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return null;
        var end = window.IndexOfAny('>', ' ');
        if (end < 0 || window[end] != '>')
            return null;
        into.Append(window[..end]);
        return end + 2;
    }

    /// <summary>
    /// How far a failed search for a closer already looked, so the next opener of the same kind does
    /// not look again: that keeps a line full of unpaired marks linear.
    /// </summary>
    private struct Searched
    {
        public const int MaxRun = 3;

        public Closers ClosersAbsentBelow;

        public int BracketAbsentBelow;

        public static int Key(char mark, int run) => ("*_~`".IndexOf(mark, StringComparison.Ordinal) * MaxRun) + run - 1;
    }

    /// <summary>How far a closer was looked for, by mark and run length (see <see cref="Searched.Key"/>).</summary>
    [InlineArray(4 * Searched.MaxRun)]
    private struct Closers
    {
        private int first;
    }
}
