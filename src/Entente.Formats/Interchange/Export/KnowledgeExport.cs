using Entente.Formats.Interchange.Export.Csv;
using Entente.Formats.Interchange.Export.Graph;
using Entente.Formats.Interchange.Export.Json;
using Entente.Formats.Interchange.Export.Stix;

namespace Entente.Formats.Interchange.Export;

/// <summary>Writes an export set in the format asked for: one stream, or (CSV) one folder of files.</summary>
public static class KnowledgeExport
{
    public static void Write(ExportFormat format, ExportSet set, Stream output)
    {
        switch (format)
        {
            case ExportFormat.Stix:
                StixBundleWriter.Write(set, output);
                break;
            case ExportFormat.GraphMl:
                GraphMlWriter.Write(set, output);
                break;
            case ExportFormat.Gexf:
                GexfWriter.Write(set, output);
                break;
            case ExportFormat.Json:
                KnowledgeJsonWriter.Write(set, output);
                break;
            default:
                throw new NotSupportedException($"{format} writes a folder; use {nameof(WriteFolder)}.");
        }
    }

    /// <summary>Writes the CSV files into the folder (created if need be) and returns their paths.</summary>
    public static IReadOnlyList<string> WriteFolder(ExportSet set, string folder) => KnowledgeCsvWriter.Write(set, folder);
}
