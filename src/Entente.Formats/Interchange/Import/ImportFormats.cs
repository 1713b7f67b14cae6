using Entente.Formats.Interchange.Import.Alliances;
using Entente.Formats.Interchange.Import.Misp;
using Entente.Formats.Interchange.Import.Stix;
using Entente.Formats.Interchange.Import.Ucdp;
using Entente.Formats.Interchange.Import.UnVotes;

namespace Entente.Formats.Interchange.Import;

/// <summary>Every format `entente import` reads, by the name --format takes.</summary>
public static class ImportFormats
{
    private static readonly IDatasetImporter[] Importers =
    [
        // ▼ MERGE: our own exports, read back by the export side's readers. Uncomment when KnowledgeCsv / KnowledgeJson exist:
        // new KnowledgeExportImporter("csv", "Entente CSV export (a folder of actors, relations, claims and sources .csv)", KnowledgeCsv.Read, takesFolder: true),
        // new KnowledgeExportImporter("json", "Entente JSON export", path => { using var stream = File.OpenRead(path); return KnowledgeJson.Read(stream); }, takesFolder: false),
        // ▲ MERGE
        new DyadYearImporter(DyadYearFormat.Cow),
        new DyadYearImporter(DyadYearFormat.Atop),
        new UnVotesImporter(),
        new StixImporter(),
        new UcdpAcdImporter(),
        new UcdpActorImporter(),
        new MispGalaxyImporter(),
    ];

    public static IReadOnlyList<IDatasetImporter> All => Importers;

    public static IEnumerable<string> Names => Importers.Select(i => i.Format);

    public static IDatasetImporter? Find(string format) =>
        Importers.FirstOrDefault(i => string.Equals(i.Format, format.Trim(), StringComparison.OrdinalIgnoreCase));
}
