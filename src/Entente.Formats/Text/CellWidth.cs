using Spectre.Console;

namespace Entente.Formats.Text;

/// <summary>
/// How many terminal columns text takes: 2 for wide East Asian characters, 0 for combining marks.
/// Below U+0300 every printable character takes one column, which keeps the common case cheap;
/// the rest is Spectre.Console's own table, so widths match what it used to lay out.
/// </summary>
internal static class CellWidth
{
    public static int Of(string text) => Of(text.AsSpan());

    public static int Of(ReadOnlySpan<char> text)
    {
        var cells = 0;
        foreach (var c in text)
            cells += Of(c);
        return cells;
    }

    public static int Of(char c) => c < '\u0300' ? 1 : c.GetCellWidth();
}
