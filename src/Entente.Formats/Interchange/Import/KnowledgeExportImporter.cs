namespace Entente.Formats.Interchange.Import;

/// <summary>
/// Reads Entente's own exports back (csv: a folder of actors/relations/claims/sources.csv; json: one
/// file) through the export side's readers, which return a whole batch. Registered in
/// <see cref="ImportFormats"/> when those readers are merged.
/// </summary>
public sealed class KnowledgeExportImporter(string format, string description, Func<string, KnowledgeBatch> read, bool takesFolder) : IDatasetImporter
{
    public string Format => format;

    public string Description => description;

    public bool TakesFolder => takesFolder;

    public ImportResult Import(string path, ImportContext context)
    {
        try
        {
            var batch = read(path);
            return new ImportResult(batch, batch.Actors.Count + batch.Sources.Count + batch.Claims.Count) { Skipped = context.Skipped };
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or System.Text.Json.JsonException)
        {
            throw new ImportFileException($"{path} cannot be read as an Entente {format} export: {e.Message}", e);
        }
    }
}
