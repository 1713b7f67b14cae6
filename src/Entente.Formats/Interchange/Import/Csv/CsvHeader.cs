namespace Entente.Formats.Interchange.Import.Csv;

/// <summary>The header row: where each named column is, and a clear error when one the importer needs is missing.</summary>
public sealed class CsvHeader
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    private CsvHeader(CsvRecordReader reader)
    {
        File = reader.File;
        for (var i = 0; i < reader.FieldCount; i++)
            _index.TryAdd(reader[i].Trim().ToString(), i);
        Count = reader.FieldCount;
    }

    public string File { get; }

    public int Count { get; }

    /// <summary>Reads the header row; an empty file is an error.</summary>
    public static CsvHeader Read(CsvRecordReader reader, string expected)
    {
        if (!reader.Read())
            throw new ImportFileException($"{reader.File} is empty; expected a CSV file with the header {expected}.");
        return new CsvHeader(reader);
    }

    public int this[string column] =>
        _index.TryGetValue(column, out var i)
            ? i
            : throw new ImportFileException($"{File} has no column '{column}' in its header (line 1); is it the right file for this --format?");

    public int? Optional(string column) => _index.TryGetValue(column, out var i) ? i : null;
}
