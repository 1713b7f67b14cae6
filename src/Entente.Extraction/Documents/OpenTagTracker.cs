using System.Collections.Frozen;

namespace Entente.Extraction.Documents;

/// <summary>
/// A rough copy of the parser's stack of open elements, kept from the tokens alone, that says which
/// start tags may pass. It only has to be right enough to bound the nesting: it mimics the implied
/// end tags that matter on ordinary pages (an unclosed &lt;p&gt; or &lt;li&gt; before the next one),
/// so long pages of sloppy markup never reach the limit.
/// </summary>
internal sealed class OpenTagTracker(int maxDepth)
{
    // The HTML parser reopens unclosed formatting elements for every new paragraph, so their number
    // is capped far below the depth limit.
    private const int MaxOpenFormatting = 12;

    // How far down the stack an end tag or an implied end is looked for; deeper mismatches are ignored.
    private const int SearchDepth = 64;

    private static readonly FrozenSet<string> VoidTags = FrozenSet.ToFrozenSet(
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr", "keygen", "image",
    ]);

    // The formatting tags are HtmlTagSets.Formatting (TagFlags.Formatting).

    // A new one of these closes an open one of the same family, up to the container named.
    private static readonly FrozenDictionary<string, (string[] Family, string[] Container)> ImpliedEnds =
        new Dictionary<string, (string[], string[])>
        {
            ["p"] = (["p"], ["div", "section", "article", "td", "th", "li", "blockquote", "body"]),
            ["li"] = (["li"], ["ul", "ol", "menu"]),
            ["dt"] = (["dt", "dd"], ["dl"]),
            ["dd"] = (["dt", "dd"], ["dl"]),
            ["tr"] = (["tr", "td", "th"], ["table", "tbody", "thead", "tfoot"]),
            ["td"] = (["td", "th"], ["tr", "table"]),
            ["th"] = (["td", "th"], ["tr", "table"]),
            ["option"] = (["option"], ["select", "datalist"]),
        }.ToFrozenDictionary();

    // Each open element's name, and whether it is a formatting element.
    private readonly List<(string Name, bool Formatting)> open = [];
    private int openFormatting;

    public int DroppedTags { get; private set; }

    public static bool IsVoid(string name) => VoidTags.Contains(name);

    public static bool HasImpliedEndRule(string name) => ImpliedEnds.ContainsKey(name);

    /// <summary>Records a start tag; false when it must be dropped.</summary>
    public bool Open(string name, bool selfClosing) => Open(name, TagFlagsOf.Name(name), selfClosing);

    /// <summary>Records a start tag whose <see cref="TagFlags"/> are known; false when it must be dropped.</summary>
    public bool Open(string name, TagFlags flags, bool selfClosing)
    {
        if ((flags & TagFlags.Void) != 0 || selfClosing)
            return true;
        if ((flags & TagFlags.ImpliedEndRule) != 0 && ImpliedEnds.TryGetValue(name, out var rule))
            CloseImplied(rule.Family, rule.Container);
        var formatting = (flags & TagFlags.Formatting) != 0;
        if (open.Count >= maxDepth || (formatting && openFormatting >= MaxOpenFormatting))
        {
            DroppedTags++;
            return false;
        }
        open.Add((name, formatting));
        if (formatting)
            openFormatting++;
        return true;
    }

    /// <summary>Records an end tag; it always passes, the parser decides what it closes.</summary>
    public bool Close(string name)
    {
        var at = Find(name, []);
        if (at >= 0)
            PopTo(at);
        return true;
    }

    private void CloseImplied(string[] family, string[] container)
    {
        foreach (var member in family)
        {
            var at = Find(member, container);
            if (at >= 0)
            {
                PopTo(at);
                return;
            }
        }
    }

    /// <summary>The index of the innermost open <paramref name="name"/> above any container, or -1.</summary>
    private int Find(string name, string[] containers)
    {
        var lowest = Math.Max(0, open.Count - SearchDepth);
        for (var i = open.Count - 1; i >= lowest; i--)
        {
            if (open[i].Name == name)
                return i;
            if (containers.Length > 0 && Array.IndexOf(containers, open[i].Name) >= 0)
                return -1;
        }
        return -1;
    }

    private void PopTo(int index)
    {
        for (var i = open.Count - 1; i >= index; i--)
        {
            if (open[i].Formatting)
                openFormatting--;
        }
        open.RemoveRange(index, open.Count - index);
    }
}
