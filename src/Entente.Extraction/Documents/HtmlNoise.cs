using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Entente.Extraction.Documents;

/// <summary>
/// What on a web page is not the article: elements that never hold it (scripts, navigation, forms)
/// and elements whose id, class, role or label says they are chrome (menus, share bars, comments,
/// author boxes, related headlines, cookie banners).
/// </summary>
internal static partial class HtmlNoise
{
    private const int MinHeadlines = 3;
    private const int MinHeadlineWords = 5;

    private static readonly FrozenSet<string> DroppedTags = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav", "footer", "aside",
        "object", "embed", "canvas", "select", "input", "textarea", "dialog", "video", "audio", "map", "head",
    ]);

    private static readonly FrozenSet<string> DroppedRoles = FrozenSet.ToFrozenSet(
    [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
        "alertdialog", "toolbar",
    ]);

    private static readonly string[] DescribingAttributes = ["id", "class", "role", "aria-label"];

    private const int MaxRememberedNames = 4_096;

    [ThreadStatic]
    private static Dictionary<string, bool>? chromeVerdicts;

    /// <param name="dropPageHeaders">
    /// A page's &lt;header&gt; holds the logo and menu; inside an article it holds the headline, so
    /// it is dropped only when no article element was found.
    /// </param>
    /// <param name="keepForms">
    /// Some sites wrap the whole page in one form; when looking for the article, forms must not hide it.
    /// </param>
    /// <param name="judgeByNames">
    /// False reads class and id names as nothing: the fallback for pages whose article container is
    /// itself named like chrome ("layout-with-sidebar").
    /// </param>
    public static bool IsNoise(PageNode element, bool dropPageHeaders, bool keepForms = false, bool judgeByNames = true)
    {
        var name = element.Name;
        if (name == "form")
            return !keepForms;
        if (DroppedTags.Contains(name) || (dropPageHeaders && name == "header"))
            return true;
        if (element.AttributeCount == 0)
            return false; // most elements of an article (<p>, <a>, <b>, <li>) have none to judge by
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
            return true;
        if (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style))
            return true;
        if (element.GetAttribute("role") is { } role && DroppedRoles.Contains(role.Trim().ToLowerInvariant()))
            return true;
        if (!judgeByNames)
            return false;
        foreach (var attribute in DescribingAttributes)
        {
            if (element.GetAttribute(attribute) is { Length: > 0 } value && NamesChrome(value))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A list of three or more items that are each nothing but one link with a headline-length text:
    /// "related stories" without a telling class name. A list of linked names ("Hezbollah",
    /// "Houthis") is content and stays.
    /// </summary>
    public static bool IsHeadlineList(PageNode list)
    {
        var children = ChildElements.Of(list).ToList();
        var items = children.FindAll(child => child.Name == "li");
        if (items.Count < MinHeadlines || items.Count != children.Count)
            return false;
        var words = 0;
        foreach (var item in items)
        {
            var links = item.Descendants("a");
            if (links.Count != 1)
                return false;
            var text = Whitespace.Collapse(item.TextContent);
            if (text.Length == 0 || text != Whitespace.Collapse(links[0].TextContent))
                return false;
            words += text.AsSpan().Count(' ') + 1;
        }
        return words >= MinHeadlineWords * items.Count;
    }

    /// <summary>
    /// Whether an id, class, role or label value holds a chrome word. A page repeats its class names on
    /// many elements, and every element is judged several times (finding the article, reading it, its
    /// tables), so the verdicts are remembered per thread, up to a bound.
    /// </summary>
    private static bool NamesChrome(string value)
    {
        var verdicts = chromeVerdicts ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (verdicts.TryGetValue(value, out var chrome))
            return chrome;
        if (verdicts.Count >= MaxRememberedNames)
            verdicts.Clear();
        chrome = ChromeWord().IsMatch(Normalise(value));
        verdicts[value] = chrome;
        return chrome;
    }

    // "authorBox" reads as "author-box", so camel case and kebab case match the same words.
    private static string Normalise(string value) => CamelHump().Replace(value, "$1-$2").ToLowerInvariant();

    [GeneratedRegex(@"([a-z])([A-Z])")]
    private static partial Regex CamelHump();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    // Whole words only, so "header" is not "ad" and "commentary" is not "comment".
    [GeneratedRegex(@"(?<![a-z])(?:menus?|nav|navbar|navigation|breadcrumbs?|footer|sidebar|share|shares|sharing|sharebar|"
        + @"social|follow|newsletters?|subscribe|subscription|cookies?|consent|gdpr|banner|promos?|promotion|"
        + @"adverts?|advertisement|advertising|ad|ads|sponsored|comments?|commentlist|disqus|author|authors|"
        + @"byline|bio|related|recommended|recommendations|more[-_ ]?stories|tags|popup|modal|paywall|outbrain|taboola|"
        + @"toc|editsection|reference|widget)(?![a-z])")]
    private static partial Regex ChromeWord();
}
