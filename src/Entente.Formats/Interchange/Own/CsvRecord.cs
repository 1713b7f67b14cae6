namespace Entente.Formats.Interchange.Own;

/// <summary>A row of one of our CSV files, its fields found by the header's column names.</summary>
internal sealed class CsvRecord(string file, IReadOnlyDictionary<string, int> columns, IReadOnlyList<CsvField> fields) : IKnowledgeRecord
{
    public string? Text(string field) =>
        columns.TryGetValue(field, out var index) && fields[index].Text.Length > 0 ? fields[index].Text : null;

    public IReadOnlyList<string> List(string field) => Text(field)?.Split(';') ?? [];

    public IReadOnlyList<ActorName> Names() => NamesCell.Read(Text("names") ?? "");

    public ReadProblem Problem(string field, string message)
    {
        var at = columns.TryGetValue(field, out var index) ? fields[index] : fields[0];
        return new ReadProblem(file, message) { Line = at.Line, Column = at.Column, Field = field };
    }
}
