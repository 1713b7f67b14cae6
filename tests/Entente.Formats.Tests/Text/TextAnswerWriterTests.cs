using Entente.Formats.Tests.Builders;
using Entente.Formats.Tests.Golden;
using Entente.Formats.Text;

namespace Entente.Formats.Tests.Text;

public sealed class TextAnswerWriterTests
{
    private const char Escape = '\u001b';

    [Fact]
    public void Sample_matches_its_golden_file() =>
        GoldenFile.Verify("Text", "iran-sample.verified.txt", Rendered.As(ReportFormat.Text, SampleAnswers.Iran2026()));

    [Fact]
    public void Without_colour_the_output_has_no_escape_character_at_all()
    {
        var text = Rendered.As(ReportFormat.Text, SampleAnswers.Iran2026(), color: false);

        Assert.DoesNotContain(Escape, text);
        Assert.Contains("Tehran sends [2Jrockets and money", text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_colour_tiers_are_coloured_but_escape_sequences_from_the_data_are_stripped()
    {
        var text = Rendered.As(ReportFormat.Text, SampleAnswers.Iran2026(), color: true);

        Assert.Contains(Escape, text);
        Assert.DoesNotContain(Escape + "[2J", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[red]Hezbollah[/]")]
    [InlineData("[bold")]
    [InlineData("[link=javascript:alert(1)]x[/]")]
    public void Spectre_markup_in_data_is_printed_as_it_is(string name)
    {
        var text = Rendered.As(ReportFormat.Text, Rendered.WithCoreActorNamed(name), color: true, width: 200);

        Assert.Contains(name, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_appear_in_tier_order_with_the_table_columns()
    {
        var text = Rendered.As(ReportFormat.Text, SampleAnswers.Iran2026());
        string[] order =
        [
            "Allies of Iran (as of 2026-01-15)", "TL;DR", "Core allies and partners", "Hezbollah", "Great-power partners", "Russia",
            "States and actors of varying alignment", "Oman", "Former allies and partners", "Assad government of Syria",
            "Adversaries and rivals", "United States", "Blocs", "Viewpoints", "Sources", "[1] What Is Hezbollah?",
        ];

        var from = 0;
        foreach (var part in order)
        {
            var at = text.IndexOf(part, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{part}' missing or out of order");
            from = at + part.Length;
        }
        foreach (var column in new[] { "Actor", "Country", "Relationship", "Areas", "Since", "Until", "Score", "Sources" })
            Assert.Contains(column, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(80)]
    public void Lines_fit_the_given_width(int width)
    {
        var text = Rendered.As(ReportFormat.Text, SampleAnswers.Iran2026(), width: width);

        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= width, $"{line.Length} > {width}: {line}"));
    }

    [Fact]
    public void A_width_below_the_minimum_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TerminalConsole.Create(new StringWriter(), color: false, width: 5));
    }
}
