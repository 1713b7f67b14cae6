using Entente.Formats.Interchange.Own;

namespace Entente.Formats.Interchange.Export.Csv;

/// <summary>
/// Writes the knowledge as four CSV files in one folder: actors, sources and claims (what
/// <see cref="KnowledgeCsv.Read"/> reads back) and the assessed relations as of the export date.
/// </summary>
public static class KnowledgeCsvWriter
{
    public static IReadOnlyList<string> Write(ExportSet set, string folder)
    {
        ArgumentNullException.ThrowIfNull(set);
        Directory.CreateDirectory(folder);
        return
        [
            WriteFile(folder, KnowledgeColumns.ActorsFile, KnowledgeColumns.Actors, set.Actors.Select(KnowledgeText.Actor)),
            WriteFile(folder, KnowledgeColumns.SourcesFile, KnowledgeColumns.Sources, set.Sources.Select(KnowledgeText.Source)),
            WriteFile(folder, KnowledgeColumns.ClaimsFile, KnowledgeColumns.Claims, set.Claims.Select(KnowledgeText.Claim)),
            WriteFile(folder, KnowledgeColumns.RelationsFile, KnowledgeColumns.Relations, set.Relations.Select(r => KnowledgeText.Relation(r, set.AsOf))),
        ];
    }

    /// <summary>Written beside the target and moved into place, so a failed export never leaves half a file.</summary>
    private static string WriteFile(string folder, string name, IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        var path = Path.Combine(folder, name);
        var temporary = path + ".partial";
        try
        {
            using (var output = CsvRecordWriter.Open(temporary))
            {
                var csv = new CsvRecordWriter(output);
                csv.Write(header);
                foreach (var row in rows)
                    csv.Write(row);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return path;
    }
}
