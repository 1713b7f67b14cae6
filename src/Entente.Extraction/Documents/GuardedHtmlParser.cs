using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using AngleSharp;
using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Entente.Extraction.Documents;

/// <summary>
/// Parses HTML with AngleSharp behind a token filter that keeps the work bounded. The HTML tree
/// builder rescans its stack of open elements for many tags, so 100,000 unclosed &lt;div&gt;s or
/// 50,000 unclosed &lt;b&gt;s take minutes; the filter drops start tags past the depth limit (their
/// text still comes through) and stops the parse at its deadline, keeping what was built so far.
/// </summary>
internal static class GuardedHtmlParser
{
    // Checking the clock on every token would cost more than the tokens.
    private const int TokensPerClockCheck = 512;

    /// <summary>
    /// Marks an element that whitespace alone came before. AngleSharp's construction API builds no
    /// text node from such whitespace, so "&lt;b&gt;Iran&lt;/b&gt; &lt;i&gt;Russia&lt;/i&gt;" would read
    /// as one word; <see cref="DomPageTree"/> puts the space back where the mark is.
    /// </summary>
    internal const string SpaceBefore = "entente-space-before";

    [ThreadStatic]
    private static HtmlParser? parser;

    // The attribute observers keep an element's derived state in step with its attributes (its class
    // list, a <link>'s relation and the fetch of its target, a frame's source); the cleaner reads the
    // attributes themselves, so they only cost time on every element built.
    private static HtmlParser Parser => parser ??= new HtmlParser(new HtmlParserOptions
    {
        IsScripting = false,
        IsNotSupportingFrames = true,
        SkipComments = true,
        DisableElementPositionTracking = true,
        ShouldEmitAttribute = ShouldEmitAttribute,
    }, BrowsingContext.New(Configuration.Default.Without<IAttributeObserver>()));

    // The attributes the cleaner reads (chrome names, hidden flags, metadata, the canonical link),
    // and those the tree builder itself consults (an <input type=hidden> in a table, a <font> or an
    // <annotation-xml> in SVG or MathML, a <meta> charset). Link targets (but the canonical <link>'s),
    // images and data-* attributes make up most of a page's attributes and are never read, so they
    // are not built into the DOM.
    private static readonly FrozenSet<string> ReadAttributes = FrozenSet.ToFrozenSet(
    [
        "id", "class", "role", "aria-label", "aria-hidden", "hidden", "style", "content", "datetime", "property",
        "name", "itemprop", "type", "rel", "href", "charset", "http-equiv", "encoding", "color", "face", "size",
        "is", "shadowrootmode", "shadowroot",
    ], StringComparer.OrdinalIgnoreCase);

    // Made once, not per attribute (getting a span lookup checks the comparer's type).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadAttributeLookup = ReadAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool Open(OpenTagTracker tracker, ref StructHtmlToken token)
    {
        var (name, flags) = NamePool.Lookup(token.Name);
        return tracker.Open(name, flags, token.IsSelfClosing);
    }

    /// <summary>Whether the tokenizer builds an attribute: only those the cleaner or the tree builder reads.</summary>
    internal static bool ShouldEmitAttribute(ref StructHtmlToken token, ReadOnlyMemory<char> name) =>
        ReadAttributeLookup.Contains(name.Span)
        && (!name.Span.Equals("href", StringComparison.OrdinalIgnoreCase) || token.Name == "link");

    public static IDocument Parse(string html, CleanerOptions options, ICollection<string> warnings)
    {
        var tracker = new OpenTagTracker(options.MaxDepth);
        var clock = Stopwatch.StartNew();
        var tokens = 0;
        var stoppedAt = -1;
        var afterBlank = false;

        TokenizerMiddleware guard = (ref StructHtmlToken token, TokenConsumer next) =>
        {
            if (++tokens % TokensPerClockCheck == 0 && clock.Elapsed > options.ParseTimeout)
            {
                stoppedAt = token.Position.Position;
                return TokenConsumptionResult.Stop;
            }
            var keep = token.Type switch
            {
                HtmlTokenType.StartTag => Open(tracker, ref token),
                HtmlTokenType.EndTag => tracker.Close(NamePool.Intern(token.Name)),
                _ => true,
            };
            if (afterBlank && keep && token.Type == HtmlTokenType.StartTag)
                token.AddAttribute(SpaceBefore, StringOrMemory.Empty);
            afterBlank = token.Type == HtmlTokenType.Character && token.Data.Memory.Span.IsWhiteSpace();
            if (keep)
                next(ref token);
            return TokenConsumptionResult.Continue;
        };

        var document = Parser.ParseDocument<AngleSharp.Dom.Document, AngleSharp.Dom.Element>(new TextSource(new StringTextSource(html)), guard);
        if (tracker.DroppedTags > 0)
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{tracker.DroppedTags:N0} tags nested deeper than {options.MaxDepth} levels (or unclosed formatting tags) were ignored; their text was kept"));
        if (stoppedAt >= 0)
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"parsing the HTML took longer than {options.ParseTimeout.TotalSeconds:0.#} s and was stopped at character {stoppedAt:N0} of {html.Length:N0}; the rest of the page was not read"));
        return document;
    }
}
