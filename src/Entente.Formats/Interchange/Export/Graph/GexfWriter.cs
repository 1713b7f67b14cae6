using System.Globalization;
using System.Xml;

namespace Entente.Formats.Interchange.Export.Graph;

/// <summary>
/// Writes the assessed graph as GEXF 1.3 in dynamic mode, so Gephi's timeline shows relations
/// appear and end: each node and edge gets <c>start</c>/<c>end</c> from its validity. GEXF bounds
/// are inclusive, ours end exclusive, so <c>end</c> is the last day the relation still held. Edges
/// are all directed, as in GraphML; the <c>directed</c> attribute tells the unordered pairs apart.
/// </summary>
public static class GexfWriter
{
    private const string Ns = "http://gexf.net/1.3";

    public static void Write(ExportSet set, Stream output)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var xml = XmlWriter.Create(output, GraphAttributes.WriterSettings);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Ns);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Ns);
        xml.WriteAttributeString("lastmodifieddate", Day(set.AsOf));
        xml.WriteElementString("creator", Ns, "Entente");
        xml.WriteElementString("description", Ns, $"Assessed relations between actors as of {Day(set.AsOf)}");
        xml.WriteEndElement();

        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("mode", "dynamic");
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("timeformat", "date");
        WriteAttributes(xml, "node", GraphAttributes.Node.Where(a => a.Name != "label"));
        WriteAttributes(xml, "edge", GraphAttributes.Edge);

        xml.WriteStartElement("nodes", Ns);
        foreach (var actor in set.GraphActors())
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", actor.Id);
            xml.WriteAttributeString("label", GraphAttributes.Clean(actor.Name));
            WriteInterval(xml, actor.Since, actor.Until);
            WriteValues(xml, GraphAttributes.Values(actor).Where(v => v.Name != "label"));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("edges", Ns);
        foreach (var relation in set.Relations)
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", relation.Key);
            xml.WriteAttributeString("source", relation.SourceId);
            xml.WriteAttributeString("target", relation.TargetId);
            xml.WriteAttributeString("label", relation.Type.ToWire());
            WriteInterval(xml, relation.Since, relation.Until);
            WriteValues(xml, GraphAttributes.Values(relation));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteAttributes(XmlWriter xml, string target, IEnumerable<(string Name, string Type)> attributes)
    {
        xml.WriteStartElement("attributes", Ns);
        xml.WriteAttributeString("class", target);
        xml.WriteAttributeString("mode", "static");
        foreach (var (name, type) in attributes)
        {
            xml.WriteStartElement("attribute", Ns);
            xml.WriteAttributeString("id", name);
            xml.WriteAttributeString("title", name);
            xml.WriteAttributeString("type", type == "int" ? "integer" : type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteValues(XmlWriter xml, IEnumerable<(string Name, string Value)> values)
    {
        xml.WriteStartElement("attvalues", Ns);
        foreach (var (name, value) in values)
        {
            xml.WriteStartElement("attvalue", Ns);
            xml.WriteAttributeString("for", name);
            xml.WriteAttributeString("value", GraphAttributes.Clean(value));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>Partial dates start on their first day; an exclusive end becomes the day before it.</summary>
    private static void WriteInterval(XmlWriter xml, PartialDate? since, PartialDate? until)
    {
        if (since is { } start)
            xml.WriteAttributeString("start", Day(start.Start));
        if (until is { } end)
        {
            var last = end.Start.AddDays(-1);
            xml.WriteAttributeString("end", Day(since is { } s && last < s.Start ? s.Start : last));
        }
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
