namespace Entente.Formats.Text;

/// <summary>
/// The SGR parameters of an ANSI style ("1" bold, "32" green, "1;32" both); empty for plain text.
/// Only these fixed codes ever reach the terminal: data text is never turned into a style.
/// The colours are the ones Spectre.Console wrote for the same report with 16 colours.
/// </summary>
internal readonly record struct TextStyle(string Code)
{
    public static readonly TextStyle Plain = new("");
    public static readonly TextStyle Bold = new("1");
    public static readonly TextStyle Muted = new("90");
    public static readonly TextStyle Green = new("32");
    public static readonly TextStyle Cyan = new("96");
    public static readonly TextStyle Yellow = new("93");
    public static readonly TextStyle Red = new("91");

    public bool IsPlain => string.IsNullOrEmpty(Code);

    public TextStyle WithBold() => IsPlain ? Bold : new TextStyle("1;" + Code);
}
