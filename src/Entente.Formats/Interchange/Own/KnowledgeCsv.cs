namespace Entente.Formats.Interchange.Own;

/// <summary>
/// Reads a folder written by `entente export --format csv` back into a batch to store: actors.csv,
/// sources.csv and claims.csv (any may be missing, not all three); relations.csv is derived from
/// the claims and is not read. Columns are found by name, so their order may change and extra
/// columns are ignored.
/// </summary>
public static class KnowledgeCsv
{
    private static readonly IReadOnlyList<string> ActorsRequired = ["id", "kind", "name"];
    private static readonly IReadOnlyList<string> SourcesRequired = ["id", "title", "publisher", "reliability"];
    private static readonly IReadOnlyList<string> ClaimsRequired = ["subject", "object", "source"];

    /// <summary>Reads all of the folder or nothing: any problem stops the read.</summary>
    /// <exception cref="KnowledgeReadException">A file is malformed; every problem carries file, line and column.</exception>
    public static KnowledgeBatch Read(string folder)
    {
        var read = Read(folder, stopEarly: true);
        return read.LeftOut.Count > 0
            ? throw new KnowledgeReadException(read.LeftOut.Where(p => !p.FollowsFromAnother).Take(KnowledgeReadException.MaxProblems).ToList())
            : read.Batch;
    }

    /// <summary>Reads the well-formed rows and says which rows were left out and why.</summary>
    /// <exception cref="KnowledgeReadException">A file as a whole cannot be read (a quote never closed, a required column missing).</exception>
    public static KnowledgeRead ReadSkippingBadRows(string folder) => Read(folder, stopEarly: false);

    private static KnowledgeRead Read(string folder, bool stopEarly)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
            throw new KnowledgeReadException([new ReadProblem(folder, "is not a folder; give the folder `entente export --format csv` wrote")]);
        var names = new[] { KnowledgeColumns.ActorsFile, KnowledgeColumns.SourcesFile, KnowledgeColumns.ClaimsFile };
        if (!names.Any(n => File.Exists(Path.Combine(folder, n))))
            throw new KnowledgeReadException([new ReadProblem(folder, $"holds none of {string.Join(", ", names)}")]);

        var tables = new List<(string Name, IReadOnlyList<string> Required, CsvTableRows? Rows)>();
        var fatal = new List<ReadProblem>();
        foreach (var (name, required) in new[] { (names[0], ActorsRequired), (names[1], SourcesRequired), (names[2], ClaimsRequired) })
            tables.Add((name, required, Load(folder, name, required, fatal)));
        if (fatal.Count > 0)
            throw new KnowledgeReadException(fatal.Take(KnowledgeReadException.MaxProblems).ToList());

        var problems = new List<ReadProblem>();
        var reader = new KnowledgeRecordReader(problems);
        var keeper = new RecordKeeper(problems);
        var actors = Rows(tables[0].Rows, keeper, problems, stopEarly, "actor", reader.Actor, a => a.Id);
        var sources = Rows(tables[1].Rows, keeper, problems, stopEarly, "source", reader.Source, s => s.Id);
        var claims = Rows(tables[2].Rows, keeper, problems, stopEarly, "claim", r => keeper.Check(r, reader.Claim(r)), _ => null);
        return new KnowledgeRead(new KnowledgeBatch(actors, sources, claims), problems);
    }

    private sealed record CsvTableRows(string Name, Dictionary<string, int> Columns, List<List<CsvField>> Rows);

    /// <summary>Parses one file and checks its header; a problem here is with the file as a whole.</summary>
    private static CsvTableRows? Load(string folder, string name, IReadOnlyList<string> required, List<ReadProblem> fatal)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
            return null;
        List<List<CsvField>> rows;
        try
        {
            rows = CsvTable.Parse(File.ReadAllText(path), name);
        }
        catch (KnowledgeReadException e)
        {
            fatal.AddRange(e.Problems);
            return null;
        }
        if (rows.Count == 0)
            return null;

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (field, index) in rows[0].Select((f, i) => (f, i)))
        {
            if (!columns.TryAdd(field.Text.Trim(), index))
                fatal.Add(new ReadProblem(name, $"column '{field.Text}' appears twice in the header") { Line = 1, Column = field.Column });
        }
        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            fatal.Add(new ReadProblem(name, $"the header lacks the column(s) {string.Join(", ", missing)}") { Line = 1, Column = 1 });
        return new CsvTableRows(name, columns, rows);
    }

    private static List<T> Rows<T>(
        CsvTableRows? table, RecordKeeper keeper, List<ReadProblem> problems, bool stopEarly, string what, Func<IKnowledgeRecord, T?> map, Func<T, string?> id)
        where T : class
    {
        var items = new List<T>();
        if (table is null)
            return items;
        var header = table.Rows[0];
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows.Skip(1))
        {
            if (stopEarly && problems.Count >= KnowledgeReadException.MaxProblems)
                break;
            if (row.Count != header.Count)
            {
                problems.Add(new ReadProblem(table.Name, $"the row has {row.Count} fields where the header has {header.Count}") { Line = row[0].Line, Column = 1 });
                keeper.NoteLeftOut(what, table.Columns.TryGetValue("id", out var at) && at < row.Count ? row[at].Text : null);
                continue;
            }
            if (keeper.Keep(new CsvRecord(table.Name, table.Columns, row), map, id, seen, what, $"line {row[0].Line}") is { } item)
                items.Add(item);
        }
        return items;
    }
}
