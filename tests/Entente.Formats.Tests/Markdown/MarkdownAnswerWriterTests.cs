using Entente.Formats.Tests.Builders;
using Entente.Formats.Tests.Golden;

namespace Entente.Formats.Tests.Markdown;

public sealed class MarkdownAnswerWriterTests
{
    [Fact]
    public void Sample_matches_its_golden_file() =>
        GoldenFile.Verify("Markdown", "iran-sample.verified.md", Rendered.As(ReportFormat.Markdown, SampleAnswers.Iran2026()));

    [Fact]
    public void Report_has_the_title_tldr_and_a_section_per_tier_then_blocs_viewpoints_and_sources()
    {
        var md = Rendered.As(ReportFormat.Markdown, SampleAnswers.Iran2026());
        string[] headings =
        [
            "# Allies of Iran (as of 2026-01-15)", "## Core allies and partners", "## Great-power partners",
            "## States and actors of varying alignment", "## Former allies and partners", "## Adversaries and rivals",
            "## Blocs", "## Viewpoints", "## Sources",
        ];

        var positions = headings.Select(h => md.IndexOf("\n" + h + "\n", StringComparison.Ordinal) + (h.StartsWith("# ", StringComparison.Ordinal) ? 1 : 0)).ToList();
        Assert.StartsWith(headings[0] + "\n", md, StringComparison.Ordinal);
        Assert.All(positions.Skip(1), p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("**TL;DR:** Iran has no formal treaty allies", md, StringComparison.Ordinal);
        Assert.Contains("| Hezbollah (LBN) | Non-state proxy ally | weapons, funding, training, ideology and religion | 1982– | [1][2] |", md, StringComparison.Ordinal);
        Assert.Contains("- For: Reuters", md, StringComparison.Ordinal);
        Assert.Contains("- Against: Le Monde", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipes_and_emphasis_in_data_are_escaped()
    {
        var md = Rendered.As(ReportFormat.Markdown, SampleAnswers.Iran2026());

        Assert.Contains(@"Claims: funding \| weapons \*and\* training", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_in_an_actor_name_does_not_add_a_table_column()
    {
        var md = Rendered.As(ReportFormat.Markdown, Rendered.WithCoreActorNamed("Hez|bollah"));
        var row = md.Split('\n').Single(l => l.StartsWith("| Hez", StringComparison.Ordinal));

        Assert.StartsWith(@"| Hez\|bollah (LBN) |", row, StringComparison.Ordinal);
        Assert.Equal(6, UnescapedPipes(row));
    }

    [Fact]
    public void Markup_from_the_data_is_inert_and_script_urls_are_not_linked()
    {
        var md = Rendered.As(ReportFormat.Markdown, SampleAnswers.Iran2026());

        Assert.DoesNotContain("<script", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", md, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", md, StringComparison.Ordinal);
        Assert.DoesNotContain("](javascript:", md, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("not linked, not http or https): javascript:alert(1)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_and_control_characters_in_data_do_not_break_the_layout()
    {
        var md = Rendered.As(ReportFormat.Markdown, SampleAnswers.Iran2026());

        Assert.Contains("Tehran sends [2Jrockets and money to the group.", md.Replace(@"\[", "[", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', md);
    }

    private static int UnescapedPipes(string row)
    {
        var count = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\')
                i++;
            else if (row[i] == '|')
                count++;
        }
        return count;
    }
}
