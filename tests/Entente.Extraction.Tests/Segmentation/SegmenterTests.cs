using Entente.Extraction.Documents;
using Entente.Extraction.Segmentation;

namespace Entente.Extraction.Tests.Segmentation;

public sealed class SegmenterTests
{
    private static TextBlock Heading(int level, string text) => new(BlockKind.Heading, text) { Level = level };

    private static TextBlock Paragraph(string text) => new(BlockKind.Paragraph, text);

    private static TextBlock Item(string text) => new(BlockKind.ListItem, text);

    private static readonly CleanDocument Explainer = new("Who are Iran's allies?",
    [
        Heading(1, "Iran's allies"),
        Paragraph("Iran has no formal treaty allies. It relies on the Axis of Resistance."),
        Heading(2, "Core regional allies"),
        Item("Hezbollah (Lebanon): funded and armed since 1982."),
        Item("The Houthis (Yemen): missiles and drones."),
        Heading(2, "Other states with varying alignment"),
        Item("Oman: a mediator."),
        new TextBlock(BlockKind.TableRow, "Russia | Strategic partner | weapons, energy")
        {
            Cells = ["Russia", "Strategic partner", "weapons, energy"],
            Headers = ["Actor", "Type", "Areas"],
        },
        Heading(1, "Sources"),
        Paragraph("Compiled from news reports."),
    ]);

    [Fact]
    public void Headings_are_not_units_but_go_on_the_units_below_them()
    {
        var units = new Segmenter().Split(Explainer);
        Assert.Equal(
            [
                "Iran has no formal treaty allies. | Iran's allies",
                "It relies on the Axis of Resistance. | Iran's allies",
                "Hezbollah (Lebanon): funded and armed since 1982. | Iran's allies > Core regional allies",
                "The Houthis (Yemen): missiles and drones. | Iran's allies > Core regional allies",
                "Oman: a mediator. | Iran's allies > Other states with varying alignment",
                "Russia | Strategic partner | weapons, energy | Iran's allies > Other states with varying alignment",
                "Compiled from news reports. | Sources",
            ],
            units.Select(u => $"{u.Text} | {string.Join(" > ", u.Headings)}"));
    }

    [Fact]
    public void Every_unit_points_at_its_text_in_the_document_and_keeps_its_block()
    {
        var units = new Segmenter().Split(Explainer);
        var text = Explainer.Text;
        Assert.All(units, u => Assert.Equal(u.Text, text[u.Start..u.End]));
        var row = Assert.Single(units, u => u.Block.Kind == BlockKind.TableRow);
        Assert.Equal(["Actor", "Type", "Areas"], row.Block.Headers);
        Assert.Equal(BlockKind.ListItem, units[2].Block.Kind);
    }

    [Fact]
    public void A_list_item_is_one_unit_even_with_several_sentences()
    {
        var document = new CleanDocument(null, [Item("Hezbollah. Founded in 1982 with IRGC help. Funded by Iran.")]);
        var unit = Assert.Single(new Segmenter().Split(document));
        Assert.Equal("Hezbollah. Founded in 1982 with IRGC help. Funded by Iran.", unit.Text);
    }

    [Fact]
    public void Over_long_units_are_cut_at_semicolons_then_commas()
    {
        var segmenter = new Segmenter(new SegmenterOptions { MaxUnitLength = 40 });
        var document = new CleanDocument(null,
        [
            Item("Iran arms Hezbollah in Lebanon; it funds Hamas in Gaza; it trains the Houthis"),
            Paragraph("Russia, which sells Iran jets, air defences, and satellite launches, buys drones."),
        ]);
        var units = segmenter.Split(document);
        Assert.All(units, u => Assert.True(u.Text.Length <= 40, u.Text));
        Assert.Equal(["Iran arms Hezbollah in Lebanon;", "it funds Hamas in Gaza;", "it trains the Houthis"],
            units.Where(u => u.Block.Kind == BlockKind.ListItem).Select(u => u.Text));
        Assert.All(units, u => Assert.Equal(u.Text, document.Text[u.Start..u.End]));
    }

    [Fact]
    public void A_deeper_heading_closes_at_the_next_heading_of_its_level()
    {
        var document = new CleanDocument(null,
        [
            Heading(1, "Iran"),
            Heading(2, "Proxies"),
            Heading(3, "Iraq"),
            Item("Kata'ib Hezbollah"),
            Heading(2, "Partners"),
            Item("Russia"),
        ]);
        var units = new Segmenter().Split(document);
        Assert.Equal(["Iran", "Proxies", "Iraq"], units[0].Headings);
        Assert.Equal(["Iran", "Partners"], units[1].Headings);
    }

    [Fact]
    public void Empty_blocks_and_documents_give_no_units()
    {
        Assert.Empty(new Segmenter().Split(new CleanDocument(null, [])));
        Assert.Empty(new Segmenter().Split(new CleanDocument(null, [Paragraph("  "), Item(""), Heading(1, "Only a heading")])));
    }

    [Fact]
    public void A_maximum_below_one_character_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Segmenter(new SegmenterOptions { MaxUnitLength = 0 }));
}
