using System.Globalization;

namespace Entente.Formats.Interchange.Import.Csv;

/// <summary>
/// Streams an RFC 4180 file one record at a time (quoted fields may hold commas, doubled quotes and
/// line breaks) and keeps where each field starts, so a bad value is reported by line and column.
/// Fields are spans into the current record: nothing is allocated for a field nobody reads.
/// </summary>
public sealed class CsvRecordReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly List<Field> _fields = [];
    private string _record = "";
    private int _nextLine = 1;

    public CsvRecordReader(TextReader reader, string file)
    {
        _reader = reader;
        File = file;
    }

    public static CsvRecordReader Open(string path) =>
        new(new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), path);

    public string File { get; }

    /// <summary>The line the current record starts on (1-based).</summary>
    public int Line { get; private set; }

    public int FieldCount => _fields.Count;

    /// <summary>An empty line: importers pass over it.</summary>
    public bool IsBlank => _record.Length == 0;

    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var field = _fields[index];
            return field.Unescaped is { } text ? text : _record.AsSpan(field.Start, field.Length);
        }
    }

    public string GetString(int index) => this[index].ToString();

    /// <summary>1-based column of the field's first character on <see cref="Line"/> (approximate after a line break inside quotes).</summary>
    public int Column(int index) => (index < _fields.Count ? _fields[index].Column : _record.Length) + 1;

    /// <summary>Reads the next record; false at the end of the file. A malformed record throws <see cref="MalformedRowException"/>.</summary>
    public bool Read()
    {
        var line = _reader.ReadLine();
        if (line is null)
            return false;
        Line = _nextLine++;
        _record = line;
        _fields.Clear();
        Split();
        return true;
    }

    /// <summary>A problem with field <paramref name="index"/> of the current record.</summary>
    public MalformedRowException Problem(int index, string message) => new(new ImportProblem(File, Line, Column(index), message));

    public int Int(int index, string column)
    {
        var text = this[index];
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Problem(index, $"{column} must be a whole number, found '{Shown(text)}'");
    }

    /// <summary>The field, or the problem to report when the record is too short.</summary>
    public void Require(int fields)
    {
        if (_fields.Count < fields)
            throw Problem(_fields.Count, $"expected {fields} fields, found {_fields.Count}");
    }

    public static string Shown(ReadOnlySpan<char> text) => text.Length > 40 ? string.Concat(text[..40], "…") : text.ToString();

    public void Dispose() => _reader.Dispose();

    private void Split()
    {
        var position = 0;
        while (true)
        {
            if (position < _record.Length && _record[position] == '"')
                position = Quoted(position);
            else
            {
                var comma = _record.IndexOf(',', position);
                var end = comma < 0 ? _record.Length : comma;
                _fields.Add(new Field(position, end - position, null, position));
                position = end;
            }
            if (position >= _record.Length)
                return;
            position++; // past the comma
            if (position == _record.Length)
            {
                _fields.Add(new Field(position, 0, null, position));
                return;
            }
        }
    }

    /// <summary>Reads a quoted field starting at <paramref name="open"/>; returns the position after it.</summary>
    private int Quoted(int open)
    {
        var startLine = Line;
        var position = open + 1;
        var doubled = false;
        while (true)
        {
            var quote = _record.IndexOf('"', position);
            if (quote < 0)
            {
                var more = _reader.ReadLine()
                    ?? throw new MalformedRowException(new ImportProblem(File, startLine, open + 1, "a quoted field is never closed"));
                _nextLine++;
                _record = string.Concat(_record, "\n", more);
                continue;
            }
            if (quote + 1 < _record.Length && _record[quote + 1] == '"')
            {
                doubled = true;
                position = quote + 2;
                continue;
            }
            if (quote + 1 < _record.Length && _record[quote + 1] != ',')
                throw new MalformedRowException(new ImportProblem(File, startLine, quote + 2, "unexpected text after a closing quote"));
            var length = quote - open - 1;
            var unescaped = doubled ? _record.Substring(open + 1, length).Replace("\"\"", "\"", StringComparison.Ordinal) : null;
            _fields.Add(new Field(open + 1, length, unescaped, open));
            return quote + 1;
        }
    }

    private readonly record struct Field(int Start, int Length, string? Unescaped, int Column);
}
