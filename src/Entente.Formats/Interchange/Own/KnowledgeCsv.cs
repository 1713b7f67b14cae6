namespace Entente.Formats.Interchange.Own;

/// <summary>
/// Reads a folder written by `entente export --format csv` back into a batch to store: actors.csv,
/// sources.csv and claims.csv (any may be missing, not all three); relations.csv is derived from
/// the claims and is not read. Columns are found by name, so their order may change and extra
/// columns are ignored. Any problem stops the read: the batch is all of the folder or nothing.
/// </summary>
public static class KnowledgeCsv
{
    private static readonly IReadOnlyList<string> ActorsRequired = ["id", "kind", "name"];
    private static readonly IReadOnlyList<string> SourcesRequired = ["id", "title", "publisher", "reliability"];
    private static readonly IReadOnlyList<string> ClaimsRequired = ["subject", "object", "source"];

    /// <exception cref="KnowledgeReadException">A file is malformed; every problem carries file, line and column.</exception>
    public static KnowledgeBatch Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
            throw new KnowledgeReadException([new ReadProblem(folder, "is not a folder; give the folder `entente export --format csv` wrote")]);
        var names = new[] { KnowledgeColumns.ActorsFile, KnowledgeColumns.SourcesFile, KnowledgeColumns.ClaimsFile };
        if (!names.Any(n => File.Exists(Path.Combine(folder, n))))
            throw new KnowledgeReadException([new ReadProblem(folder, $"holds none of {string.Join(", ", names)}")]);

        var problems = new List<ReadProblem>();
        var reader = new KnowledgeRecordReader(problems);
        var actors = ReadFile(folder, KnowledgeColumns.ActorsFile, ActorsRequired, problems, reader.Actor);
        var sources = ReadFile(folder, KnowledgeColumns.SourcesFile, SourcesRequired, problems, reader.Source);
        var claims = ReadFile(folder, KnowledgeColumns.ClaimsFile, ClaimsRequired, problems, reader.Claim);
        problems.AddRange(Duplicates(actors, a => a.Id, KnowledgeColumns.ActorsFile, "actor"));
        problems.AddRange(Duplicates(sources, s => s.Id, KnowledgeColumns.SourcesFile, "source"));
        if (problems.Count > 0)
            throw new KnowledgeReadException(problems.Take(KnowledgeReadException.MaxProblems).ToList());
        return new KnowledgeBatch(actors.Select(x => x.Item).ToList(), sources.Select(x => x.Item).ToList(), claims.Select(x => x.Item).ToList());
    }

    private static List<(T Item, int Line)> ReadFile<T>(
        string folder, string name, IReadOnlyList<string> required, List<ReadProblem> problems, Func<IKnowledgeRecord, T?> map)
        where T : class
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
            return [];
        List<List<CsvField>> rows;
        try
        {
            rows = CsvTable.Parse(File.ReadAllText(path), name);
        }
        catch (KnowledgeReadException e)
        {
            problems.AddRange(e.Problems);
            return [];
        }
        if (rows.Count == 0)
            return [];

        var header = rows[0];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (field, index) in header.Select((f, i) => (f, i)))
        {
            if (!columns.TryAdd(field.Text.Trim(), index))
                problems.Add(new ReadProblem(name, $"column '{field.Text}' appears twice in the header") { Line = 1, Column = field.Column });
        }
        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new ReadProblem(name, $"the header lacks the column(s) {string.Join(", ", missing)}") { Line = 1, Column = 1 });
            return [];
        }

        var items = new List<(T, int)>();
        foreach (var row in rows.Skip(1))
        {
            if (problems.Count >= KnowledgeReadException.MaxProblems)
                break;
            if (row.Count != header.Count)
            {
                problems.Add(new ReadProblem(name, $"the row has {row.Count} fields where the header has {header.Count}") { Line = row[0].Line, Column = 1 });
                continue;
            }
            if (map(new CsvRecord(name, columns, row)) is { } item)
                items.Add((item, row[0].Line));
        }
        return items;
    }

    private static IEnumerable<ReadProblem> Duplicates<T>(List<(T Item, int Line)> items, Func<T, string> id, string file, string what) =>
        items.GroupBy(x => id(x.Item), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => new ReadProblem(file, $"{what} '{g.Key}' appears more than once (also on line {g.First().Line})") { Line = g.Skip(1).First().Line, Field = "id" });
}
