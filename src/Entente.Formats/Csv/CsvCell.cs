namespace Entente.Formats.Csv;

/// <summary>Quoting and spreadsheet-safety for one CSV field.</summary>
internal static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>
    /// Guards text from the data against formula injection: Excel, LibreOffice and Google Sheets run a
    /// cell that starts with = + - @ (or a tab or CR before one), so such a cell gets a leading
    /// apostrophe (OWASP's advice). Numbers we format ourselves, such as a negative score, skip this.
    /// </summary>
    public static string Text(string value) =>
        value.Length > 0 && Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, and inner quotes doubled.</summary>
    public static string Quote(string value) =>
        value.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
