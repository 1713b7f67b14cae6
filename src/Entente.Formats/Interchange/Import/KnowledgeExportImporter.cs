using Entente.Formats.Interchange.Own;

namespace Entente.Formats.Interchange.Import;

/// <summary>
/// Reads Entente's own exports back (csv: the folder `entente export --format csv` wrote; json: one
/// file): actors, sources and claims as they were, and (JSON) the texts of ingested documents.
/// Nothing is resolved or merged: the ids are ours already, so importing an export twice, or into
/// the database it came from, changes nothing.
/// </summary>
public sealed class KnowledgeExportImporter : IDatasetImporter
{
    private readonly Func<string, KnowledgeRead> _read;

    /// <summary>An importer over a reader that returns the whole batch or throws.</summary>
    public KnowledgeExportImporter(string format, string description, Func<string, KnowledgeBatch> read, bool takesFolder)
        : this(format, description, takesFolder, path => new KnowledgeRead(read(path), []))
    {
    }

    private KnowledgeExportImporter(string format, string description, bool takesFolder, Func<string, KnowledgeRead> read) =>
        (Format, Description, TakesFolder, _read) = (format, description, takesFolder, read);

    public static KnowledgeExportImporter Csv { get; } = new(
        "csv", "Entente's own CSV export: the folder entente export --format csv wrote", takesFolder: true, KnowledgeCsv.ReadSkippingBadRows);

    public static KnowledgeExportImporter Json { get; } = new(
        "json", "Entente's own JSON export (entente export --format json)", takesFolder: false, ReadJson);

    public string Format { get; }

    public string Description { get; }

    public bool TakesFolder { get; }

    public ImportResult Import(string path, ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        KnowledgeRead read;
        try
        {
            read = _read(path);
        }
        catch (KnowledgeReadException e)
        {
            throw new ImportFileException(Describe(path, e.Problems, "Nothing was imported; fix the file and try again."), e);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or System.Text.Json.JsonException)
        {
            throw new ImportFileException($"{path} cannot be read as an Entente {Format} export: {e.Message}", e);
        }
        if (read.LeftOut.Count > 0 && context.OnError == OnError.Stop)
        {
            throw new ImportFileException(Describe(path, read.LeftOut.Where(p => !p.FollowsFromAnother).ToList(),
                "Nothing was imported; fix them, or run again with --on-error skip to leave such records out."));
        }
        foreach (var problem in read.LeftOut)
            context.Report(ToImportProblem(path, problem));

        var batch = read.Batch;
        var rows = batch.Actors.Count + batch.Sources.Count + batch.Claims.Count + batch.Documents.Count;
        return new ImportResult(batch, rows + read.LeftOut.Count)
        {
            Skipped = context.Skipped,
            Notes = [$"{batch.Sources.Count} sources" + (batch.Documents.Count > 0 ? $", {batch.Documents.Count} document texts" : "")],
        };
    }

    private static KnowledgeRead ReadJson(string path)
    {
        using var file = File.OpenRead(path);
        return KnowledgeJson.ReadSkippingBadRecords(file, path);
    }

    /// <summary>"file:line:column: field: what" for each problem, as the other importers report rows, then what to do.</summary>
    private static string Describe(string path, IReadOnlyList<ReadProblem> problems, string advice)
    {
        const int Shown = 20;
        var lines = problems.Take(Shown).Select(p => "  " + ToImportProblem(path, p));
        var more = problems.Count > Shown ? $"\n  … and {problems.Count - Shown} more" : "";
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        return $"{path}: {count}:\n{string.Join('\n', lines)}{more}\n{advice}";
    }

    private static ImportProblem ToImportProblem(string path, ReadProblem p)
    {
        // CSV problems name the file within the export's folder; JSON problems name the file itself.
        var file = p.File.Length == 0 ? path : Directory.Exists(path) && !Path.IsPathRooted(p.File) ? Path.Combine(path, p.File) : p.File;
        var message = p.Field is null ? p.Message : $"{p.Field}: {p.Message}";
        return new ImportProblem(file, p.Line ?? 1, p.Column ?? 1, message);
    }
}
