namespace Entente.Formats.Interchange.Import;

/// <summary>
/// Reads one kind of dataset file into knowledge to store: actors, the dataset as a source, and a
/// claim per row (or per run of rows that say the same thing over consecutive years).
/// </summary>
public interface IDatasetImporter
{
    /// <summary>The name `entente import --format` takes ("cow", "unvotes").</summary>
    string Format { get; }

    /// <summary>One line for --help: what the file is.</summary>
    string Description { get; }

    /// <summary>Whether the path names a folder (our CSV export) rather than a file.</summary>
    bool TakesFolder => false;

    /// <summary>
    /// Reads <paramref name="path"/>. A malformed row goes to <see cref="ImportContext.Report"/>, which
    /// stops the import (throws <see cref="ImportStoppedException"/>) or skips the row as the user asked.
    /// </summary>
    ImportResult Import(string path, ImportContext context);
}
