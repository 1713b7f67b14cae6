using System.Globalization;
using System.Text;
using System.Xml;

namespace Entente.Formats.Interchange.Export.Graph;

/// <summary>
/// The node and edge attributes GraphML and GEXF share, with their XML types, and their values as
/// text. One list, so both formats carry the same columns in the same order.
/// </summary>
internal static class GraphAttributes
{
    public static readonly (string Name, string Type)[] Node =
    [
        ("label", "string"), ("kind", "string"), ("country", "string"), ("great_power", "boolean"), ("since", "string"), ("until", "string"),
    ];

    public static readonly (string Name, string Type)[] Edge =
    [
        ("relation", "string"), ("directed", "boolean"), ("areas", "string"), ("score", "double"), ("confidence", "double"),
        ("contested", "boolean"), ("former", "boolean"), ("since", "string"), ("until", "string"), ("sources", "int"),
    ];

    /// <summary>The node's values by attribute name; missing values are left out, not written empty.</summary>
    public static IEnumerable<(string Name, string Value)> Values(Actor actor)
    {
        yield return ("label", actor.Name);
        yield return ("kind", actor.Kind.ToWire());
        if (actor.CountryCode is { } country)
            yield return ("country", country);
        yield return ("great_power", Bool(actor.GreatPower));
        if (actor.Since is { } since)
            yield return ("since", since.ToString());
        if (actor.Until is { } until)
            yield return ("until", until.ToString());
    }

    public static IEnumerable<(string Name, string Value)> Values(AssessedRelation relation)
    {
        yield return ("relation", relation.Type.ToWire());
        yield return ("directed", Bool(relation.Directed));
        yield return ("areas", string.Join(';', relation.Areas.Select(a => a.ToWire())));
        yield return ("score", relation.Score.ToString("R", CultureInfo.InvariantCulture));
        yield return ("confidence", relation.Confidence.ToString("R", CultureInfo.InvariantCulture));
        yield return ("contested", Bool(relation.Contested));
        yield return ("former", Bool(relation.Former));
        if (relation.Since is { } since)
            yield return ("since", since.ToString());
        if (relation.Until is { } until)
            yield return ("until", until.ToString());
        yield return ("sources", relation.Sources.Count.ToString(CultureInfo.InvariantCulture));
    }

    public static XmlWriterSettings WriterSettings => new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    };

    /// <summary>Drops the characters XML 1.0 cannot hold at all (most control characters), so odd data never breaks the file.</summary>
    public static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(XmlConvert.IsXmlChar).ToArray());

    private static string Bool(bool value) => value ? "true" : "false";
}
