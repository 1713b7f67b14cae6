using Entente.Formats.Interchange.Import;

namespace Entente.Formats.Tests.Interchange.Import;

public sealed class ImportFormatsTests
{
    [Fact]
    public void Every_dataset_format_has_one_importer_found_by_name_in_any_case()
    {
        Assert.Equal(["cow", "atop", "unvotes", "stix", "ucdp-acd", "ucdp-actors", "misp"], ImportFormats.Names);
        Assert.Equal("ucdp-acd", ImportFormats.Find(" UCDP-ACD ")!.Format);
        Assert.Null(ImportFormats.Find("xlsx"));
    }

    [Fact]
    public void Our_own_exports_are_read_whole_through_the_export_reader()
    {
        var batch = new KnowledgeBatch([new Actor("iran", ActorKind.State, "Iran")], [], []);
        var importer = new KnowledgeExportImporter("json", "Entente JSON export", _ => batch, takesFolder: false);

        var result = importer.Import("export.json", BundledActors.Context());

        Assert.Same(batch, result.Batch);
        Assert.Equal(1, result.RowsRead);
    }

    [Fact]
    public void An_export_the_reader_rejects_is_a_file_error()
    {
        var importer = new KnowledgeExportImporter("csv", "Entente CSV export", _ => throw new FormatException("claims.csv:3: bad date"), takesFolder: true);

        var error = Assert.Throws<ImportFileException>(() => importer.Import("out/", BundledActors.Context()));

        Assert.True(importer.TakesFolder);
        Assert.Contains("claims.csv:3: bad date", error.Message);
    }
}
