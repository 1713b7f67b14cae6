using System.Text.Json;
using Entente.Formats.Interchange.Export;

namespace Entente.Formats.Tests.Interchange;

/// <summary>GraphML and GEXF, checked by loading them with networkx as an analyst would.</summary>
public sealed class GraphWritersTests
{
    [Theory]
    [InlineData(ExportFormat.GraphMl, "graphml")]
    [InlineData(ExportFormat.Gexf, "gexf")]
    public void Networkx_reads_every_actor_and_relation_and_Irans_attributes(ExportFormat format, string kind)
    {
        var set = ExportFixtures.BundledSet();
        var proxy = set.Relations.Single(r => r.SourceId == "iran" && r.TargetId == "hezbollah");
        var graph = NetworkX.Load(kind, ExportFixtures.Export(format, set), "iran", "iran", "hezbollah");

        Assert.True(graph.GetProperty("directed").GetBoolean());
        Assert.Equal(set.GraphActors().Count, graph.GetProperty("nodes").GetInt32());
        Assert.Equal(set.Relations.Count, graph.GetProperty("edges").GetInt32());
        var iran = graph.GetProperty("node");
        Assert.Equal("Iran", iran.GetProperty("label").GetString());
        Assert.Equal("state", iran.GetProperty("kind").GetString());
        Assert.Equal("IRN", iran.GetProperty("country").GetString());
        var edge = graph.GetProperty("edge");
        Assert.Equal("proxy", edge.GetProperty("relation").GetString());
        Assert.True(edge.GetProperty("directed").GetBoolean());
        Assert.Equal(proxy.Score, edge.GetProperty("score").GetDouble());
        Assert.Equal(proxy.Confidence, edge.GetProperty("confidence").GetDouble());
        Assert.Equal(string.Join(';', proxy.Areas.Select(a => a.ToWire())), edge.GetProperty("areas").GetString());
        Assert.Equal("1982", edge.GetProperty("since").GetString());
    }

    [Fact]
    public void Gexf_gives_edges_their_validity_so_the_timeline_shows_a_relation_end()
    {
        var set = ExportFixtures.BundledSet();
        var ended = set.Relations.First(r => r.Former && r.Since is { } s && r.Until is { } u && u.Start > s.Start);
        var graph = NetworkX.Load("gexf", ExportFixtures.Export(ExportFormat.Gexf, set), ended.SourceId, ended.SourceId, ended.TargetId);

        var edge = graph.GetProperty("edge");
        Assert.Equal(Day(ended.Since!.Value.Start), edge.GetProperty("start").GetString());
        Assert.Equal(Day(ended.Until!.Value.Start.AddDays(-1)), edge.GetProperty("end").GetString());
        Assert.True(edge.GetProperty("former").GetBoolean());
    }

    [Fact]
    public void A_neighbourhood_export_holds_only_actors_within_the_depth()
    {
        var whole = ExportFixtures.BundledSet();
        var near = ExportFixtures.BundledSet(new ExportScope("hezbollah", 1));
        var graph = NetworkX.Load("graphml", ExportFixtures.Export(ExportFormat.GraphMl, near), "iran", "iran", "hezbollah");

        Assert.True(near.GraphActors().Count < whole.GraphActors().Count);
        Assert.Equal(near.GraphActors().Count, graph.GetProperty("nodes").GetInt32());
        var linked = whole.Relations.Where(r => !r.Former && (r.SourceId == "hezbollah" || r.TargetId == "hezbollah"))
            .Select(r => r.SourceId == "hezbollah" ? r.TargetId : r.SourceId).Append("hezbollah").Order(StringComparer.Ordinal);
        Assert.Equal(linked, near.GraphActors().Select(a => a.Id));
    }

    [Fact]
    public void Graph_files_are_the_same_bytes_on_every_export()
    {
        Assert.Equal(ExportFixtures.Export(ExportFormat.GraphMl, ExportFixtures.BundledSet()), ExportFixtures.Export(ExportFormat.GraphMl, ExportFixtures.BundledSet()));
        Assert.Equal(ExportFixtures.Export(ExportFormat.Gexf, ExportFixtures.BundledSet()), ExportFixtures.Export(ExportFormat.Gexf, ExportFixtures.BundledSet()));
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
