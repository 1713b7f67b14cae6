using Entente.Formats.Interchange.Export;
using Entente.Formats.Interchange.Own;

namespace Entente.Formats.Tests.Interchange;

/// <summary>
/// Export → read → store into an empty database (actors only, as `init --empty` makes it) → export
/// again gives the same bytes: nothing is lost or changed on the way through CSV or JSON.
/// </summary>
public sealed class RoundTripTests
{
    [Fact]
    public void Csv_export_read_into_an_empty_database_exports_the_same_files()
    {
        using var original = Filled();
        var first = original.Folder("first");
        KnowledgeExport.WriteFolder(ExportSet.Build(original.ReadAll(), ExportFixtures.AsOf), first);

        using var copy = Empty();
        copy.Store.Write(KnowledgeCsv.Read(first));
        var second = copy.Folder("second");
        KnowledgeExport.WriteFolder(ExportSet.Build(copy.ReadAll(), ExportFixtures.AsOf), second);

        foreach (var name in new[] { KnowledgeColumns.ActorsFile, KnowledgeColumns.SourcesFile, KnowledgeColumns.ClaimsFile, KnowledgeColumns.RelationsFile })
            AssertSameBytes(Path.Combine(first, name), Path.Combine(second, name));
        Assert.Contains("Iran arms, funds, and trains\nHezbollah", File.ReadAllText(Path.Combine(second, KnowledgeColumns.ClaimsFile)), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_export_read_into_an_empty_database_exports_the_same_document()
    {
        using var original = Filled();
        var first = ExportFixtures.Export(ExportFormat.Json, ExportSet.Build(original.ReadAll(), ExportFixtures.AsOf));

        using var copy = Empty();
        using (var input = new MemoryStream(first))
            copy.Store.Write(KnowledgeJson.Read(input));
        var second = ExportFixtures.Export(ExportFormat.Json, ExportSet.Build(copy.ReadAll(), ExportFixtures.AsOf));

        Assert.True(first.AsSpan().SequenceEqual(second), FirstDifference(first, second));
        Assert.Equal(original.Store.Counts(), copy.Store.Counts());
    }

    [Fact]
    public void What_is_read_back_equals_what_was_stored()
    {
        using var original = Filled();
        var stored = original.ReadAll();
        using var json = new MemoryStream(ExportFixtures.Export(ExportFormat.Json, ExportSet.Build(stored, ExportFixtures.AsOf)));

        var read = KnowledgeJson.Read(json);

        Assert.Equal(stored.Actors.Count, read.Actors.Count);
        Assert.Equal(stored.Claims.Select(ClaimKey.Of).Order(), read.Claims.Select(ClaimKey.Of).Order());
        var iran = read.Actors.Single(a => a.Id == "iran");
        Assert.Equal(stored.Actors.Single(a => a.Id == "iran") with { Names = [] }, iran with { Names = [] });
        Assert.Equal(stored.Actors.Single(a => a.Id == "iran").Names, iran.Names);
        var document = read.Sources.Single(s => s.Id == "doc-article");
        Assert.Equal(ExportFixtures.WithDocument().Sources[0], document);
    }

    /// <summary>The bundled knowledge plus an ingested article whose quote holds a line break, quotes and commas.</summary>
    private static TempStore Filled()
    {
        var store = new TempStore();
        store.Store.Write(ExportFixtures.Bundled);
        var extra = ExportFixtures.WithDocument();
        store.Store.Write(extra with { Actors = [] });
        return store;
    }

    private static TempStore Empty()
    {
        var store = new TempStore();
        store.Store.Write(ExportFixtures.Bundled with { Sources = [], Claims = [] });
        return store;
    }

    private static void AssertSameBytes(string expected, string actual)
    {
        var a = File.ReadAllBytes(expected);
        var b = File.ReadAllBytes(actual);
        Assert.True(a.AsSpan().SequenceEqual(b), $"{Path.GetFileName(expected)} differs: {FirstDifference(a, b)}");
    }

    private static string FirstDifference(byte[] a, byte[] b)
    {
        var i = a.AsSpan().CommonPrefixLength(b);
        string Around(byte[] x) => System.Text.Encoding.UTF8.GetString(x, Math.Max(0, i - 80), Math.Min(x.Length, i + 80) - Math.Max(0, i - 80));
        return $"first difference at byte {i} of {a.Length}/{b.Length}:\n--- first\n{Around(a)}\n--- second\n{Around(b)}";
    }
}
