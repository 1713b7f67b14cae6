using Entente.Extraction.Documents;
using static Entente.Extraction.Tests.Documents.Cleaning;

namespace Entente.Extraction.Tests.Documents;

public sealed class HtmlCleaningTests
{
    private static readonly CleanDocument Messy = Html(Fixture("messy-article.html"));

    [Fact]
    public void A_messy_page_keeps_the_article_with_its_headings_and_table_and_nothing_else()
    {
        Assert.Equal(
        [
            "Heading1: Who backs the Houthis?",
            "Paragraph: The Houthi movement in Yemen, formally Ansar Allah, has received weapons and training from Iran for more than a decade, according to United Nations panels of experts.",
            "Heading2: Arms and advisers",
            "Paragraph: Investigators traced drone components and missile parts seized at sea to Iranian suppliers, and Hezbollah advisers are reported to have trained Houthi fighters.",
            "Heading2: Partners at a glance",
            "TableRow: Iran | Sponsor | weapons, training, funding",
            "TableRow: Hezbollah | Partner | training, advisors",
        ], Shape(Messy));
    }

    [Theory]
    [InlineData("Iran arms everyone", "script")]
    [InlineData("color: red", "style")]
    [InlineData("We use cookies", "cookie banner")]
    [InlineData("Analysis", "navigation")]
    [InlineData("Share on", "share bar")]
    [InlineData("Follow us", "follow-us block")]
    [InlineData("Advertisement", "ad slot")]
    [InlineData("Sam Writer", "byline and author box")]
    [InlineData("newsletter", "newsletter box")]
    [InlineData("truce extension", "related headlines")]
    [InlineData("Great piece", "comment section")]
    [InlineData("Ten things", "sidebar")]
    [InlineData("All rights reserved", "footer")]
    public void Page_furniture_is_dropped(string words, string kind)
    {
        Assert.False(Messy.Text.Contains(words, StringComparison.OrdinalIgnoreCase), $"the {kind} was kept: {Messy.Text}");
    }

    [Fact]
    public void Table_rows_carry_their_cells_and_the_header_cells()
    {
        var row = Messy.Blocks.First(b => b.Kind == BlockKind.TableRow);
        Assert.Equal(["Actor", "Type of relationship", "Areas"], row.Headers);
        Assert.Equal(["Iran", "Sponsor", "weapons, training, funding"], row.Cells);
    }

    [Fact]
    public void The_page_gives_title_without_site_name_date_from_json_ld_publisher_and_url()
    {
        Assert.Equal("Who backs the Houthis?", Messy.Title);
        Assert.Equal(new PartialDate(2025, 3, 14), Messy.Date);
        Assert.Equal("Gulf Observer", Messy.Publisher);
        Assert.Equal("https://gulf-observer.example/analysis/who-backs-the-houthis", Messy.Url);
        Assert.Empty(Messy.Warnings);
    }

    [Fact]
    public void Og_title_comes_first_and_a_short_site_suffix_goes_without_a_headline_to_confirm_it()
    {
        var og = Html("""<html><head><title>Ignored | Site</title><meta property="og:title" content="Oman mediates again"></head><body><p>Text of the story, long enough to count as prose here.</p></body></html>""");
        Assert.Equal("Oman mediates again", og.Title);
        var suffixed = Html("<html><head><title>Qatar and Iran share a gas field | World News Daily</title></head><body><p>Text.</p></body></html>");
        Assert.Equal("Qatar and Iran share a gas field", suffixed.Title);
        var h1Only = Html("<body><h1>The Axis of Resistance</h1><p>Body text.</p></body>");
        Assert.Equal("The Axis of Resistance", h1Only.Title);
    }

    [Fact]
    public void The_date_comes_from_published_time_meta_or_a_time_element_in_the_article()
    {
        var meta = Html("""<html><head><meta property="article:published_time" content="2024-12-08T23:30:00-05:00"></head><body><p>x</p></body></html>""");
        Assert.Equal(new PartialDate(2024, 12, 8), meta.Date);
        var time = Html("""<body><article><time datetime="2023-10-07">7 October</time><p>Story text that is the article itself.</p></article></body>""");
        Assert.Equal(new PartialDate(2023, 10, 7), time.Date);
    }

    [Fact]
    public void Sections_under_related_or_comment_headings_go_even_without_telling_classes()
    {
        var document = Html("""
            <body><div><h1>Iraq's militias</h1><p>Kata'ib Hezbollah is backed by Iran.</p>
            <h2>Related articles</h2><ul><li><a href="/x">A headline about something else entirely</a></li></ul>
            <h2>What comes next</h2><p>Analysts expect more strikes.</p></div></body>
            """);
        Assert.Equal(["Heading1: Iraq's militias", "Paragraph: Kata'ib Hezbollah is backed by Iran.", "Heading2: What comes next", "Paragraph: Analysts expect more strikes."], Shape(document));
    }

    [Fact]
    public void Short_lines_repeated_three_times_are_dropped_but_a_line_said_twice_stays()
    {
        var document = Html("""
            <body><p>Iran funds Hamas.</p><p>Photo: agency</p><p>Syria was an ally.</p><p>Photo: agency</p>
            <p>Russia sells arms.</p><p>Photo: agency</p><p>Twice said.</p><p>Twice said.</p></body>
            """);
        Assert.Equal(["Iran funds Hamas.", "Syria was an ally.", "Russia sells arms.", "Twice said.", "Twice said."], document.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<svg><title>share</title></svg>")] // a page the streaming reader leaves to the parser
    public void Names_marked_up_one_by_one_and_parted_by_a_space_stay_two_words(string icon)
    {
        var document = Html($"<!DOCTYPE html><body><article>{icon}<p><b>Iran</b> <i>Russia</i>\n<a href=\"/c\">China</a> <em>signed</em> a pact.</p></article></body>");

        Assert.Equal("Iran Russia China signed a pact.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Personal_data_in_the_article_is_replaced_before_it_is_stored()
    {
        var document = Html("<body><article><p>Write to tips@example.org or call (202) 555-0143 about the Houthis.</p></article></body>");
        Assert.Equal("Write to [email] or call [phone] about the Houthis.", document.Text);
    }

    [Fact]
    public void A_story_whose_container_is_named_like_chrome_is_still_read()
    {
        var story = string.Join(' ', Enumerable.Repeat("Iran has armed and funded Hezbollah for four decades.", 6));
        var document = Html($"<body><nav>Home</nav><main class=\"layout-with-sidebar\"><p>{story}</p></main><footer>Footer</footer></body>");
        Assert.Equal([$"Paragraph: {story}"], Shape(document));
    }

    [Fact]
    public void One_cleaner_gives_the_same_result_on_many_threads_at_once()
    {
        var pages = Enumerable.Range(0, 16).Select(i => Fixture("messy-article.html").Replace("Houthis?", $"Houthis, part {i}?", StringComparison.Ordinal)).ToArray();
        var alone = pages.Select(page => Shape(Html(page))).ToArray();
        var together = pages.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(page => Shape(Html(page))).ToArray();
        Assert.Equal(alone, together);
    }

    [Fact]
    public void An_encyclopedia_page_loses_its_contents_box_edit_links_citation_marks_and_reference_list()
    {
        var document = Html("""
            <html><head><title>Axis of Resistance - Wikipedia</title></head><body>
            <div id="mw-navigation"><ul><li>Main page</li></ul></div>
            <div id="content"><h1>Axis of Resistance</h1>
            <p>The <b>Axis of Resistance</b> is an informal coalition led by <a href="/wiki/Iran">Iran</a>.<sup class="reference">[1]</sup></p>
            <div id="toc" class="toc"><ul><li>1 Members</li><li>2 History</li></ul></div>
            <h2><span class="mw-headline">Members</span><span class="mw-editsection">[edit]</span></h2>
            <ul><li>Hezbollah (Lebanon)</li><li>Houthis (Yemen)</li></ul>
            <h2>References</h2><ol><li>"Iran arms the Houthis". Example Times. 2024.</li></ol>
            <h2>External links</h2><ul><li>Official site</li></ul>
            </div></body></html>
            """);
        Assert.Equal("Axis of Resistance", document.Title);
        Assert.Equal(
        [
            "Heading1: Axis of Resistance",
            "Paragraph: The Axis of Resistance is an informal coalition led by Iran.",
            "Heading2: Members",
            "ListItem: Hezbollah (Lebanon)",
            "ListItem: Houthis (Yemen)",
        ], Shape(document));
    }

    [Fact]
    public void A_list_of_linked_headlines_goes_but_a_list_of_linked_names_stays()
    {
        var document = Html("""
            <body><div><p>Iran's partners include the following groups, by most accounts.</p>
            <ul><li><a href="/h">Hezbollah</a></li><li><a href="/y">Houthis</a></li><li><a href="/p">Palestinian Islamic Jihad</a></li></ul>
            <ul><li><a href="/1">Oil prices climb as Gulf tensions rise again</a></li><li><a href="/2">Saudi Arabia and Iran restore ties in Beijing deal</a></li>
            <li><a href="/3">What the new sanctions mean for shipping firms</a></li></ul></div></body>
            """);
        Assert.Equal(["Iran's partners include the following groups, by most accounts.", "Hezbollah", "Houthis", "Palestinian Islamic Jihad"], document.Blocks.Select(b => b.Text));
    }
}
