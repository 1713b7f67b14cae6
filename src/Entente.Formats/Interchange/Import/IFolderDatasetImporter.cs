namespace Entente.Formats.Interchange.Import;

/// <summary>An importer whose input is a folder of files (our CSV export) rather than one file.</summary>
public interface IFolderDatasetImporter : IDatasetImporter;
