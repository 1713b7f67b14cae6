using Entente.Extraction.Documents;
using static Entente.Extraction.Tests.Documents.Cleaning;

namespace Entente.Extraction.Tests.Documents;

public sealed class TextCleaningTests
{
    [Fact]
    public void Markdown_headings_of_both_styles_are_headings_with_their_level()
    {
        var document = Markdown("# Iran's network\n\nIntro text.\n\n## Proxies ##\n\nText.\n\nGreat powers\n------------\n\nMore.\n\nOverview\n===\n");
        Assert.Equal(["Heading1: Iran's network", "Paragraph: Intro text.", "Heading2: Proxies", "Paragraph: Text.", "Heading2: Great powers", "Paragraph: More.", "Heading1: Overview"], Shape(document));
        Assert.Equal("Iran's network", document.Title);
    }

    [Fact]
    public void A_short_title_case_line_alone_or_a_line_above_a_list_is_a_heading_but_a_sentence_is_not()
    {
        var document = Text("""
            Iran's Allies in the Middle East

            Iran has built a network of partners over four decades.

            Core regional allies
            - Hezbollah
            - The Houthis

            Iran backs Hezbollah

            Other states with varying alignment:

            • Oman
            • Qatar
            """);
        Assert.Equal(
        [
            "Heading1: Iran's Allies in the Middle East",
            "Paragraph: Iran has built a network of partners over four decades.",
            "Heading2: Core regional allies",
            "ListItem: Hezbollah",
            "ListItem: The Houthis",
            "Paragraph: Iran backs Hezbollah",
            "Heading2: Other states with varying alignment",
            "ListItem: Oman",
            "ListItem: Qatar",
        ], Shape(document));
    }

    [Fact]
    public void A_short_line_after_a_closed_sentence_and_right_above_a_list_is_the_lists_heading()
    {
        var document = Text("Partnership for Peace\n\nThe programme began in 1994.\nEvery country outside NATO takes part.\nMembers\n- Albania\n- Austria\n\nIran has partners\nsuch as these\n- Syria\n");

        Assert.Equal(
        [
            "Heading1: Partnership for Peace",
            "Paragraph: The programme began in 1994. Every country outside NATO takes part.",
            "Heading2: Members",
            "ListItem: Albania",
            "ListItem: Austria",
            "Paragraph: Iran has partners such as these",
            "ListItem: Syria",
        ], Shape(document));
    }

    [Fact]
    public void Every_bullet_and_numbering_style_starts_a_list_item_and_wrapped_lines_continue_it()
    {
        var document = Text("- dash\n* star\n+ plus\n• dot\n1. one\n2) two\na) letter\nb. letter dot\n(iv) roman\n- wrapped item\n  continues here\n");
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
        Assert.Equal(["dash", "star", "plus", "dot", "one", "two", "letter", "letter dot", "roman", "wrapped item continues here"], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_short_numbered_title_with_prose_on_the_next_line_is_a_section_heading()
    {
        var document = Text("""
            Policy Brief

            1. The break with the West
            Until July 2023 Niger was the West's most reliable partner in the Sahel.

            2. Russia
            The first Russian military instructors landed in Niamey in April 2024.

            3. A numbered point that is a full sentence
            and wraps onto a second line.
            """);

        var shape = Shape(document);
        Assert.Contains("Heading2: The break with the West", shape);
        Assert.Contains("Paragraph: Until July 2023 Niger was the West's most reliable partner in the Sahel.", shape);
        Assert.Contains("Heading2: Russia", shape);
        Assert.Contains("ListItem: A numbered point that is a full sentence and wraps onto a second line.", shape);
    }

    [Fact]
    public void A_short_numbered_title_over_dash_bullets_heads_them()
    {
        var document = Text("""
            Briefing note

            1. Closest partners
            - Azerbaijan is Turkey's closest ally.
            - Qatar: Turkish troops are based there.

            2. Adversaries and rivals
            - PKK: the insurgency appears to be over.

            3. Short numbered points
            4. Stay list items
            """);

        var shape = Shape(document);
        Assert.Contains("Heading2: Closest partners", shape);
        Assert.Contains("ListItem: Qatar: Turkish troops are based there.", shape);
        Assert.Contains("Heading2: Adversaries and rivals", shape);
        Assert.Contains("ListItem: Short numbered points", shape);
        Assert.Contains("ListItem: Stay list items", shape);
    }

    [Fact]
    public void Numbers_and_initials_at_a_line_start_are_not_bullets()
    {
        var document = Text("1982. Hezbollah is founded.\nU.S. officials said so.\n");
        Assert.Equal(["Paragraph: 1982. Hezbollah is founded. U.S. officials said so."], Shape(document));
    }

    [Fact]
    public void A_pipe_table_becomes_table_rows_with_the_header_cells()
    {
        var document = Markdown("""
            | Actor | Type of relationship | Areas |
            |:------|:--------------------:|------:|
            | **Hezbollah** | Proxy | weapons, funding |
            | Houthis | Partner | weapons \| drones |

            After.
            """);
        var rows = document.Blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Equal(["Actor", "Type of relationship", "Areas"], row.Headers));
        Assert.Equal(["Hezbollah", "Proxy", "weapons, funding"], rows[0].Cells);
        Assert.Equal("Houthis | Partner | weapons | drones", rows[1].Text);
        Assert.Equal("Paragraph: After.", Shape(document)[^1]);
    }

    [Fact]
    public void Inline_markdown_keeps_its_words()
    {
        var document = Markdown("Iran **arms** and _trains_ the `PMF`; see [the report](https://example.org/r) ![chart](c.png) and __more__ ~~less~~ \\*literal\\*.\n");
        Assert.Equal("Iran arms and trains the PMF; see the report and more less *literal*.", Whitespace(document.Text));
    }

    [Fact]
    public void Numbered_citation_marks_are_no_links()
    {
        var document = Markdown("Estonia joined NATO.[1][2] Estonia's strategy emphasizes solidarity.\n");
        Assert.Equal("Estonia joined NATO.[1][2] Estonia's strategy emphasizes solidarity.", document.Text);
    }

    [Fact]
    public void Unpaired_marks_and_snake_case_stay_as_written()
    {
        var document = Markdown("5 * 3 = 15, file_name_here and a [bracket without link.\n");
        Assert.Equal("5 * 3 = 15, file_name_here and a [bracket without link.", document.Text);
    }

    [Fact]
    public void A_pasted_html_table_in_a_text_file_is_read_as_html_and_spliced_in_place()
    {
        var document = Text("""
            Iran's partners are listed below.

            <table>
              <tr><th>Actor</th><th>Relationship</th></tr>
              <tr><td>Russia</td><td>Strategic partner</td></tr>
              <tr><td>China</td><td>Economic partner</td></tr>
            </table>

            The list is not complete.
            <ul><li>Venezuela</li><li>Cuba</li></ul>
            <p>A <b>pasted</b> paragraph.</p>
            """);
        Assert.Equal(
        [
            "Paragraph: Iran's partners are listed below.",
            "TableRow: Russia | Strategic partner",
            "TableRow: China | Economic partner",
            "Paragraph: The list is not complete.",
            "ListItem: Venezuela",
            "ListItem: Cuba",
            "Paragraph: A pasted paragraph.",
        ], Shape(document));
        Assert.Equal(["Actor", "Relationship"], document.Blocks[1].Headers);
    }

    [Fact]
    public void Header_lines_give_title_date_publisher_and_url_and_are_not_text()
    {
        var document = Text("""
            Title: Syria after Assad
            Published: 9 December 2024
            Source: Levant Review
            URL: https://levant.example/syria
            Author: Jo Bloggs

            Syria was Iran's closest state ally until December 2024.
            """);
        Assert.Equal("Syria after Assad", document.Title);
        Assert.Equal(new PartialDate(2024, 12, 9), document.Date);
        Assert.Equal("Levant Review", document.Publisher);
        Assert.Equal("https://levant.example/syria", document.Url);
        Assert.Equal(["Paragraph: Syria was Iran's closest state ally until December 2024."], Shape(document));
    }

    [Theory]
    [InlineData("Analysis | Gulf Strategy Forum | 5 October 2025", 2025, 10, 5)]
    [InlineData("3 November 2025", 2025, 11, 3)]
    [InlineData("**Policy paper No. 41 · Levant Futures Programme · 1 July 2025**", 2025, 7, 1)]
    [InlineData("Policy Brief No. 41 | Sahel Futures Institute | May 2025", 2025, 5, null)]
    [InlineData("*Updated 10 June 2025 · Andes Explained desk · 6 min read*", 2025, 6, 10)]
    [InlineData("(Article from the Free Encyclopedia, revision of 20 April 2025)", 2025, 4, 20)]
    public void A_short_line_near_the_top_that_states_a_date_dates_the_document(string line, int year, int month, int? day)
    {
        var document = Markdown($"# Riyadh hedges\n\n{line}\n\nSaudi Arabia signed a pact with Pakistan in 2025.\n");

        Assert.Equal(new PartialDate(year, month, day), document.Date);
    }

    [Fact]
    public void A_reader_comment_pasted_with_the_article_is_left_out() =>
        Assert.Equal(["Paragraph: Iraq balances Iran and the United States."],
            Shape(Text("Iraq balances Iran and the United States.\n\nReader comment (Ali_from_Basra): Everyone knows Russia is Baghdad's real friend, they just keep quiet about it and nobody in the government will ever admit it.\n")));

    [Fact]
    public void A_reading_time_or_a_paper_number_is_no_date() =>
        Assert.Null(Markdown("# Riyadh hedges\n\nGulf Desk · 6 min read · No. 41\n\nSaudi Arabia signed a pact in 2025.\n").Date);

    [Fact]
    public void Front_matter_and_a_byline_under_the_headline_are_metadata()
    {
        var document = Markdown("---\ntitle: \"CRINK explained\"\ndate: 2025-01-15\ntags: [iran]\n---\n# CRINK explained\n\nBy Jane Doe\n\nChina, Russia, Iran and North Korea.\n");
        Assert.Equal("CRINK explained", document.Title);
        Assert.Equal(new PartialDate(2025, 1, 15), document.Date);
        Assert.Equal(["Heading1: CRINK explained", "Paragraph: China, Russia, Iran and North Korea."], Shape(document));
    }

    [Fact]
    public void Text_pasted_from_a_page_with_one_paragraph_per_line_keeps_its_paragraphs_and_headings_apart()
    {
        var document = Text("""
            Iran's network under strain
            By Sam Writer, Example University and Alex Author, Example Institute of Strategic Studies
            Iran spent decades building a network of armed partners across the region, from Lebanon to Yemen, and it funds most of them.
            Hezbollah
            Hezbollah, the Lebanese group and Iran's most formidable proxy, has not retaliated since the strikes on Iranian territory.
            Hamas, the Palestinian militant group in Gaza, remains weakened after two years of war with Israel, its officials say.
            """);
        Assert.Equal("Iran's network under strain", document.Title);
        Assert.Equal([
            "Paragraph: Iran's network under strain",
            "Paragraph: Iran spent decades building a network of armed partners across the region, from Lebanon to Yemen, and it funds most of them.",
            "Heading2: Hezbollah",
            "Paragraph: Hezbollah, the Lebanese group and Iran's most formidable proxy, has not retaliated since the strikes on Iranian territory.",
            "Paragraph: Hamas, the Palestinian militant group in Gaza, remains weakened after two years of war with Israel, its officials say.",
        ], Shape(document));
    }

    [Fact]
    public void Hard_wrapped_text_still_joins_its_lines_into_paragraphs()
    {
        var document = Text("""
            Iran spent decades building a network of armed
            partners across the region, from Lebanon to
            Yemen, and it still funds most of them.

            - Hezbollah, the oldest of them, in Lebanon
              since 1982
            """);
        Assert.Equal([
            "Paragraph: Iran spent decades building a network of armed partners across the region, from Lebanon to Yemen, and it still funds most of them.",
            "ListItem: Hezbollah, the oldest of them, in Lebanon since 1982",
        ], Shape(document));
    }

    [Fact]
    public void A_document_titled_like_a_furniture_section_keeps_its_text()
    {
        var document = Text("Notes\n\nThe Houthis fired missiles at Israel.\n\n## References\n\n1. A source.\n");

        Assert.Equal(["Heading1: Notes", "Paragraph: The Houthis fired missiles at Israel."], Shape(document));
    }

    [Fact]
    public void A_first_short_line_without_a_period_is_the_title_of_a_plain_text_file()
    {
        var document = Text("Iran deepens ties with Russia, officials say\n\nThe two states signed a treaty.\n");
        Assert.Equal("Iran deepens ties with Russia, officials say", document.Title);
    }

    [Fact]
    public void A_first_line_with_a_period_is_the_title_when_the_next_line_repeats_it_or_it_is_cut_short()
    {
        var repeated = Text("Somaliland: Taiwan's breakthrough in the Horn of Africa.\n\nSomaliland: Taiwan's breakthrough in the Horn of Africa.\n\nTaiwan has found a partner.\n");
        var cut = Text("Latvia asks western allies including Canada to help bolster its ...\n\nLatvia wants more troops.\n");
        var sentence = Text("Iran backs Hezbollah.\n\nIt arms the group.\n");

        Assert.Equal("Somaliland: Taiwan's breakthrough in the Horn of Africa.", repeated.Title);
        Assert.Equal("Latvia asks western allies including Canada to help bolster its ...", cut.Title);
        Assert.Null(sentence.Title);
    }

    [Fact]
    public void A_headline_the_saved_page_repeats_is_the_title_and_is_kept_once()
    {
        var document = Text("Who backs the Houthis in Yemen?\n\nWho backs the Houthis in Yemen?\n\nWho backs the Houthis in Yemen?\n\nIran arms the group.\n");

        Assert.Equal("Who backs the Houthis in Yemen?", document.Title);
        Assert.Equal(["Who backs the Houthis in Yemen?", "Iran arms the group."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Stock_and_repeated_lines_are_dropped_from_text_files_but_repeated_bullets_stay()
    {
        var document = Text("""
            Iran backs Hezbollah.
            Advertisement
            Hezbollah fought in Syria.
            Image: Agency
            Iran also arms the Houthis.
            Image: Agency

            Image: Agency
            Read more: Ten facts about Oman

            Hezbollah
            - Weapons

            Houthis
            - Weapons

            Hamas
            - Weapons
            """);
        Assert.DoesNotContain("Advertisement", document.Text);
        Assert.DoesNotContain("Image: Agency", document.Text);
        Assert.DoesNotContain("Ten facts", document.Text);
        Assert.Equal(3, document.Blocks.Count(b => b.Text == "Weapons"));
        Assert.Contains(document.Blocks, b => b.Text == "Iran backs Hezbollah.");
    }

    private static string Whitespace(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));


    [Fact]
    public void Inline_tags_and_character_references_in_a_text_paragraph_are_read_as_html()
    {
        var document = Text("<b>Iran</b> backs <a href=\"https://example.org\">Hezbollah</a>&nbsp;&amp; the Houthis.<br>New line.\n\nA < B and R&D stay.\n");
        Assert.Equal(["Iran backs Hezbollah & the Houthis. New line.", "A < B and R&D stay."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Counters_and_buttons_of_a_comment_widget_are_dropped_from_a_pasted_answer()
    {
        var document = Text("Q: Who are Iran's allies?\n\nA: Hezbollah and the Houthis.\n\n12 comments\nShare\nReport\n\n1.2k views\n");
        Assert.Equal(["Q: Who are Iran's allies?", "A: Hezbollah and the Houthis."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_table_pasted_in_the_middle_of_a_line_is_read_into_rows()
    {
        var document = Text("Partners as follows: <table><tr><th>Actor</th><th>Type</th></tr>\n<tr><td>Hamas</td><td>Proxy</td></tr></table>\n");
        Assert.Equal(["Paragraph: Partners as follows:", "TableRow: Hamas | Proxy"], Shape(document));
        Assert.Equal(["Actor", "Type"], document.Blocks[1].Headers);
    }
}
