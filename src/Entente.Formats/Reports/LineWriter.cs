namespace Entente.Formats.Reports;

/// <summary>Writes lines with "\n" endings on every platform, so reports and golden files match byte for byte.</summary>
internal sealed class LineWriter(TextWriter output)
{
    public void Line(string text = "")
    {
        output.Write(text);
        output.Write('\n');
    }

    /// <summary>A block followed by the blank line that separates Markdown blocks.</summary>
    public void Paragraph(string text)
    {
        Line(text);
        Line();
    }
}
