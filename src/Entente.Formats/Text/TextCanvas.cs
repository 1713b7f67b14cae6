using System.Text;

namespace Entente.Formats.Text;

/// <summary>
/// Collects the whole report in memory so it reaches the output in a single write. Styles become
/// ANSI codes only when colour is on; with colour off not one escape character is written.
/// Adjacent text in the same style shares one code, and every style is reset before a line ends.
/// </summary>
internal sealed class TextCanvas(int width, bool color)
{
    private const string Escape = "\u001b[";
    private readonly StringBuilder _text = new(16 * 1024);
    private string _open = "";

    /// <summary>The number of columns lines must fit in.</summary>
    public int Width { get; } = width;

    public void Write(string text, TextStyle style)
    {
        if (text.Length == 0)
            return;
        Switch(style.Code ?? "");
        _text.Append(text);
    }

    public void Write(char c, int count, TextStyle style)
    {
        if (count <= 0)
            return;
        Switch(style.Code ?? "");
        _text.Append(c, count);
    }

    public void Spaces(int count) => Write(' ', count, TextStyle.Plain);

    /// <summary>Writes a wrapped line without its trailing whitespace; returns the columns written.</summary>
    public int Write(List<Run> line)
    {
        var end = line.Count;
        while (end > 0 && line[end - 1].IsWhiteSpace)
            end--;
        var cells = 0;
        for (var i = 0; i < end; i++)
        {
            Write(line[i].Text, line[i].Style);
            cells += line[i].Cells;
        }
        return cells;
    }

    public void EndLine()
    {
        Switch("");
        _text.Append('\n');
    }

    public override string ToString()
    {
        Switch("");
        return _text.ToString();
    }

    private void Switch(string code)
    {
        if (!color || code == _open)
            return;
        if (_open.Length > 0)
            _text.Append(Escape).Append("0m");
        if (code.Length > 0)
            _text.Append(Escape).Append(code).Append('m');
        _open = code;
    }
}
