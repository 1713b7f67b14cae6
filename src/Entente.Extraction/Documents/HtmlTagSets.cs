using System.Collections.Frozen;

namespace Entente.Extraction.Documents;

/// <summary>The groups of HTML tags the tree-building rules name (HTML standard, "tree construction").</summary>
internal static class HtmlTagSets
{
    private static FrozenSet<string> Of(params string[] names) => FrozenSet.ToFrozenSet(names);

    /// <summary>Start tags that close an open &lt;p&gt; and open a block.</summary>
    public static readonly FrozenSet<string> ParagraphClosing = Of(
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary", "ul");

    /// <summary>End tags that close their element and everything open inside it.</summary>
    public static readonly FrozenSet<string> BlockEnds = Of(
        "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol",
        "pre", "section", "summary", "ul");

    public static readonly FrozenSet<string> Formatting = Of(
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    public static readonly FrozenSet<string> Headings = Of("h1", "h2", "h3", "h4", "h5", "h6");

    /// <summary>Void elements inserted and closed at once after the open formatting is restored.</summary>
    public static readonly FrozenSet<string> VoidInline = Of("area", "br", "embed", "img", "keygen", "wbr");

    public static readonly FrozenSet<string> ImpliedEnd = Of("dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");

    /// <summary>Elements that bound "in scope".</summary>
    public static readonly FrozenSet<string> Scope = Of("applet", "caption", "html", "table", "td", "th", "marquee", "object", "template");

    public static readonly FrozenSet<string> Special = Of(
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
        "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
        "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing",
        "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param",
        "plaintext", "pre", "script", "section", "select", "source", "style", "summary", "table", "tbody", "td",
        "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");

    /// <summary>Start tags the streaming reader leaves to the full parser: their rules rebuild or move parts of the tree.</summary>
    public static readonly FrozenSet<string> Unsupported = Of(
        "template", "select", "applet", "marquee", "object", "image", "isindex", "math", "svg", "plaintext", "frameset",
        "frame", "noframes", "rb", "rtc", "rp", "rt", "ruby", "search", "menuitem", "keygen");

    /// <summary>Start tags handled by the "in head" rules wherever they appear in the body.</summary>
    public static readonly FrozenSet<string> HeadContent = Of("base", "basefont", "bgsound", "link", "meta", "script", "style", "title");

    public static readonly FrozenSet<string> TableSections = Of("tbody", "tfoot", "thead");

    /// <summary>Start tags that end a caption, a row or a cell and are read again by the table.</summary>
    public static readonly FrozenSet<string> TableStructure = Of("caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr");

    public static readonly FrozenSet<string> TableText = Of("table", "tbody", "tfoot", "thead", "tr");

    /// <summary>Start tags the body ignores outside a table.</summary>
    public static readonly FrozenSet<string> IgnoredInBody = Of("caption", "col", "colgroup", "frame", "head", "tbody", "td", "tfoot", "th", "thead", "tr");
}
