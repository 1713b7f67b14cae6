using System.Text;

namespace Entente.Formats.Interchange.Export.Csv;

/// <summary>
/// RFC 4180 output: CRLF between records, a field quoted when it holds a comma, quote, CR or LF
/// (inner quotes doubled), and every other character kept exactly as it is, leading "=" included.
/// These files are for round trips and scripts; the report CSV is the spreadsheet-safe one.
/// </summary>
internal sealed class CsvRecordWriter(TextWriter output)
{
    public void Write(IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
                output.Write(',');
            first = false;
            output.Write(Quote(field ?? ""));
        }
        output.Write("\r\n");
    }

    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public static StreamWriter Open(string path) => new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
