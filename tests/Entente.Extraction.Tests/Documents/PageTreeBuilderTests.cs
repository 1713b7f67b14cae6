using System.Text;
using Entente.Extraction.Documents;

namespace Entente.Extraction.Tests.Documents;

/// <summary>
/// The streaming reader must build exactly the tree AngleSharp's parser builds, or build none and
/// leave the page to the parser.
/// </summary>
public sealed class PageTreeBuilderTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title> A  title </title></head><body><p>One<p>Two<div>Three</div></body></html>")]
    [InlineData("<!DOCTYPE html><ul><li>France<li>Germany<li><b>Poland</b> trains pilots</ul><dl><dt>T<dd>D<dt>U<dd>E</dl>")]
    [InlineData("<!DOCTYPE html><table><tr><th>Country<th>Partner<tr><td>Israel<td>United States</table><p>after")]
    [InlineData("<!DOCTYPE html><table><caption>Cap</caption><colgroup><col><col></colgroup><thead><tr><th>a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>")]
    [InlineData("<!DOCTYPE html><table><tr><td>outer<table><tr><td>inner</td></tr></table></td><td>second</td></tr></table>")]
    [InlineData("<html><head><title>Quirks</title></head><body><p>table in a p<table><tr><td>a</td></tr></table>after</p>")]
    [InlineData("<!DOCTYPE html><head><script>var s = \"</div>\";</script><style>p{}</style></head><body><p>a</p><script>document.write('<p>x</p>')</script>")]
    [InlineData("<!DOCTYPE html><head><noscript><img src=x></noscript><meta name=date content=2024-05-02></head><body><noscript><p>js</p></noscript>")]
    [InlineData("<title>Only a title</title>\n  Loose words <h1>Heading</h1></body>\ntrailing after body</html> after html")]
    [InlineData("<!DOCTYPE html><body><p><b>Iran</b> <i>Russia</i></p>\n<pre>\n  <b>x</b>  <b>y</b>\n</pre> <span>a</span>&#32;<span>b</span>&nbsp;<span>c</span>")]
    [InlineData("<!DOCTYPE html><body></span></div><div><p>stray</b> end</i> tags</p></td></tr></table></li><p>second</em></p></div>")]
    [InlineData("<!DOCTYPE html><form id=a><p>in form<form id=b>nested</form></p></form><div><form><div>x</form> after</div></div>")]
    [InlineData("<!DOCTYPE html><h2>Open heading<h3>nested</h3><p><a>one</a> <b><i>two</i></b></p><h1>a</h2>")]
    [InlineData("<!DOCTYPE html><!-- a --><html><!-- b --><head><!-- c --><title>T</title></head><body><p>before a comment<!-- d -->after it</p><table><!-- e --><tr><td>a<!-- f -->b</td></tr></table></body></html>\n<!-- copy 7 -->\n")]
    [InlineData("")]
    [InlineData("<html>")]
    [InlineData("<!DOCTYPE html><head><title>Unclosed title")]
    [InlineData("<html><head><noscript><link rel=x>")]
    [InlineData("<!DOCTYPE html><html><head></head>")]
    public void The_streaming_tree_is_the_parsers_tree(string html)
    {
        var streamed = PageTreeBuilder.TryBuild(html, CleanerOptions.Default);

        Assert.NotNull(streamed);
        Assert.Equal(Describe(FromParser(html)), Describe(streamed));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><p><b>bold<p>reopened by the parser</b></p>")] // formatting reconstructed
    [InlineData("<!DOCTYPE html><table>text moved before the table<tr><td>a</td></tr></table>")] // foster parenting
    [InlineData("<!DOCTYPE html><table><tr><td>a</td></tr><div>moved</div></table>")]
    [InlineData("<!DOCTYPE html><b>a<div>b</b>c</div>")] // adoption agency moves nodes
    [InlineData("<!DOCTYPE html><template><p>inside</p></template>")]
    [InlineData("<!DOCTYPE html><select><option>One<option>Two</select>")]
    [InlineData("<!DOCTYPE html><svg><title>icon</title></svg>")]
    [InlineData("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><p>a</p>")]
    [InlineData("<!DOCTYPE html><p>a</br>b</p>")]
    public void Markup_the_parser_rebuilds_is_left_to_the_parser(string html)
    {
        Assert.Null(PageTreeBuilder.TryBuild(html, CleanerOptions.Default));
    }

    [Fact]
    public void A_comment_after_the_page_does_not_send_it_to_the_parser()
    {
        Assert.NotNull(PageTreeBuilder.TryBuild("<!DOCTYPE html><html><body><p>text</p></body></html>\n<!-- copy 12 -->\n", CleanerOptions.Default));
    }

    [Fact]
    public void Nesting_the_parsers_guard_would_cut_is_left_to_the_parser()
    {
        var options = CleanerOptions.Default with { MaxDepth = 16 };
        var html = "<!DOCTYPE html>" + string.Concat(Enumerable.Repeat("<div>", 20)) + "deep";

        Assert.Null(PageTreeBuilder.TryBuild(html, options));
    }

    [Fact]
    public void A_page_cleaned_through_either_reader_gives_the_same_document()
    {
        const string html = "<!DOCTYPE html><html><head><title>Pact signed | Example News</title>"
            + "<meta property=\"og:site_name\" content=\"Example News\"><link rel=\"canonical\" href=\"https://example.org/pact\"></head>"
            + "<body><nav><ul><li><a href=\"/\">Home</a></ul></nav><article><h1>Pact signed</h1>"
            + "<p>Iran and Russia signed a defence pact on Tuesday in Tehran, officials said, covering arms sales."
            + "<p>The agreement runs for ten years and includes joint exercises in the Caspian Sea every spring."
            + "<table><tr><th>Party<th>Role<tr><td>Iran<td>Buyer<tr><td>Russia<td>Seller</table></article>"
            + "<footer>(c) Example</footer></body></html>";
        var streamed = PageTreeBuilder.TryBuild(html, CleanerOptions.Default);
        Assert.NotNull(streamed);

        var cleaned = new DocumentCleaner().Clean(html, DocumentFormat.Html);

        Assert.Equal(Describe(FromParser(html)), Describe(streamed));
        Assert.Equal("Pact signed", cleaned.Title);
        Assert.Contains(cleaned.Blocks, block => block.Kind == BlockKind.TableRow && block.Text == "Russia | Seller");
    }

    private static PageTree FromParser(string html) => DomPageTree.From(GuardedHtmlParser.Parse(html, CleanerOptions.Default, []));

    private static string Describe(PageTree tree)
    {
        var text = new StringBuilder().Append("title: ").Append(tree.Title).Append('\n');
        Describe(tree.Root, tree.Body, 0, text);
        return text.ToString();
    }

    private static void Describe(PageNode node, PageNode body, int depth, StringBuilder text)
    {
        if (node.IsText)
        {
            // The reader keeps the space between two inline elements, which the parser drops (see
            // PageTreeBuilder.SpaceAfterInline); whitespace alone is left out of the comparison.
            if (!string.IsNullOrWhiteSpace(node.Data))
                text.Append(' ', depth).Append('"').Append(node.Data).Append("\"\n");
            return;
        }
        text.Append(' ', depth).Append('<').Append(node.Name);
        foreach (var name in new[] { "id", "class", "role", "name", "content", "property", "rel", "href", "type", "src" })
        {
            if (node.GetAttribute(name) is { } value)
                text.Append(' ').Append(name).Append("=\"").Append(value).Append('"');
        }
        text.Append(node == body ? "> (body)\n" : ">\n");
        foreach (var child in node.ChildNodes)
            Describe(child, body, depth + 1, text);
    }
}
