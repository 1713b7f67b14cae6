using System.Text;

namespace Entente.Formats.Interchange.Own;

/// <summary>One CSV field and where it starts (1-based line and column).</summary>
internal readonly record struct CsvField(string Text, int Line, int Column);

/// <summary>
/// An RFC 4180 reader that keeps positions: fields split on commas, records on CRLF or LF, a quoted
/// field may hold commas, doubled quotes and line breaks. A quote inside an unquoted field, or text
/// after a closing quote, is an error with its line and column rather than a silent guess.
/// </summary>
internal static class CsvTable
{
    public static List<List<CsvField>> Parse(string text, string file)
    {
        var records = new List<List<CsvField>>();
        var record = new List<CsvField>();
        var field = new StringBuilder();
        int line = 1, column = 1, i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (i <= text.Length)
        {
            var (startLine, startColumn) = (line, column);
            field.Clear();
            if (i < text.Length && text[i] == '"')
            {
                i++;
                column++;
                while (true)
                {
                    if (i >= text.Length)
                        throw Problem(file, startLine, startColumn, "a quoted field is never closed; check for a missing \"");
                    var c = text[i++];
                    column++;
                    if (c == '"' && i < text.Length && text[i] == '"')
                    {
                        field.Append('"');
                        i++;
                        column++;
                    }
                    else if (c == '"')
                        break;
                    else
                    {
                        field.Append(c);
                        if (c == '\n')
                            (line, column) = (line + 1, 1);
                    }
                }
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    throw Problem(file, line, column, "text after the closing quote of a field; a quote inside a quoted field is written twice (\"\")");
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                        throw Problem(file, line, column, "a quote inside an unquoted field; quote the whole field and double the inner quote");
                    field.Append(text[i++]);
                    column++;
                }
            }
            record.Add(new CsvField(field.ToString(), startLine, startColumn));
            if (i < text.Length && text[i] == ',')
            {
                i++;
                column++;
                continue;
            }
            // End of record: CRLF, LF or a lone CR, or the end of the text.
            if (i < text.Length && text[i] == '\r')
                i++;
            if (i < text.Length && text[i] == '\n')
                i++;
            if (!(record.Count == 1 && record[0].Text.Length == 0))
                records.Add(record);
            record = [];
            (line, column) = (line + 1, 1);
            if (i >= text.Length)
                break;
        }
        return records;
    }

    private static KnowledgeReadException Problem(string file, int line, int column, string message) =>
        new([new ReadProblem(file, message) { Line = line, Column = column }]);
}
