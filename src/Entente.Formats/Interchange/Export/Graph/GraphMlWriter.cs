using System.Xml;

namespace Entente.Formats.Interchange.Export.Graph;

/// <summary>
/// Writes the assessed graph as GraphML for networkx, Gephi, yEd or Cytoscape: actors as nodes (by
/// id), relations as edges. Every edge is directed because readers such as networkx refuse graphs
/// that mix directed and undirected edges; the edge's <c>directed</c> attribute says whether the
/// direction means something (sponsor → proxy) or the pair is unordered (written in id order).
/// </summary>
public static class GraphMlWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    public static void Write(ExportSet set, Stream output)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var xml = XmlWriter.Create(output, GraphAttributes.WriterSettings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Ns);
        foreach (var (name, type) in GraphAttributes.Node)
            WriteKey(xml, "node", name, type);
        foreach (var (name, type) in GraphAttributes.Edge)
            WriteKey(xml, "edge", name, type);
        WriteKey(xml, "graph", "as_of", "string");

        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("id", "entente");
        xml.WriteAttributeString("edgedefault", "directed");
        WriteData(xml, "g_as_of", set.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var actor in set.GraphActors())
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", actor.Id);
            foreach (var (name, value) in GraphAttributes.Values(actor))
                WriteData(xml, "n_" + name, value);
            xml.WriteEndElement();
        }
        foreach (var relation in set.Relations)
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", relation.Key);
            xml.WriteAttributeString("source", relation.SourceId);
            xml.WriteAttributeString("target", relation.TargetId);
            foreach (var (name, value) in GraphAttributes.Values(relation))
                WriteData(xml, "e_" + name, value);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>Key ids carry the element's initial so a node's "since" and an edge's "since" stay apart.</summary>
    private static void WriteKey(XmlWriter xml, string target, string name, string type)
    {
        xml.WriteStartElement("key", Ns);
        xml.WriteAttributeString("id", target[0] + "_" + name);
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", key);
        xml.WriteString(GraphAttributes.Clean(value));
        xml.WriteEndElement();
    }
}
