using System.Text.Json;

namespace Entente.Formats.Tests.Interchange;

/// <summary>Loads a GraphML or GEXF file with networkx (python3-networkx) and reports what it read, as JSON.</summary>
internal static class NetworkX
{
    // Prints {"nodes": n, "edges": n, "node": {attributes of the asked node}, "edge": {attributes of the asked edge}}.
    private const string Script = """
        import json, sys
        try:
            import networkx as nx
        except ImportError:
            sys.exit("networkx is missing: install it with `apt-get install -y python3-networkx`")
        kind, path, node, source, target = sys.argv[1:6]
        g = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path, version="1.3")
        edge = g.get_edge_data(source, target)
        if edge is not None and g.is_multigraph():
            edge = next(iter(edge.values()))
        print(json.dumps({"directed": g.is_directed(), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                          "node": g.nodes[node] if node in g else None, "edge": edge}, default=str))
        """;

    public static JsonElement Load(string kind, byte[] file, string node, string source, string target)
    {
        var path = Path.Combine(Path.GetTempPath(), $"entente-graph-{Guid.NewGuid():N}.{kind}");
        try
        {
            File.WriteAllBytes(path, file);
            var result = ExternalTool.Run("python3", Path.GetTempPath(), "-c", Script, kind, path, node, source, target);
            if (result.ExitCode != 0)
                throw new InvalidOperationException($"networkx could not load the {kind} file:\n{result}");
            return JsonDocument.Parse(result.Stdout).RootElement;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
