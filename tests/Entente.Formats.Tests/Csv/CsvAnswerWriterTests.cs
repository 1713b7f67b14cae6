using Entente.Formats.Csv;
using Entente.Formats.Tests.Builders;
using Entente.Formats.Tests.Golden;

namespace Entente.Formats.Tests.Csv;

public sealed class CsvAnswerWriterTests
{
    [Fact]
    public void Sample_matches_its_golden_file() =>
        GoldenFile.Verify("Csv", "iran-sample.verified.csv", Rendered.As(ReportFormat.Csv, SampleAnswers.Iran2026()));

    [Fact]
    public void Header_comes_first_then_one_row_per_member_of_every_tier()
    {
        var rows = CsvRows.Parse(Rendered.As(ReportFormat.Csv, SampleAnswers.Iran2026()));

        Assert.Equal(CsvAnswerWriter.Columns, rows[0]);
        Assert.Equal(
            ["core,hezbollah", "great_power,russia", "varying,oman", "former,syria-assad-government", "adversary,united-states"],
            rows.Skip(1).Select(r => $"{r[0]},{r[1]}"));
        Assert.All(rows, r => Assert.Equal(CsvAnswerWriter.Columns.Count, r.Count));
    }

    [Fact]
    public void Cells_carry_wire_names_dates_counts_and_titles()
    {
        var rows = CsvRows.Parse(Rendered.As(ReportFormat.Csv, SampleAnswers.Iran2026()));
        var hezbollah = Row(rows, "hezbollah");
        var assad = Row(rows, "syria-assad-government");

        Assert.Equal("weapons;funding;training;ideology_religion", hezbollah["areas"]);
        Assert.Equal("2", hezbollah["sources"]);
        Assert.StartsWith("What Is Hezbollah?; Hezbollah <script>", hezbollah["source_titles"], StringComparison.Ordinal);
        Assert.Equal("2024-12-08", assad["until"]);
        Assert.Equal("-0.9", Row(rows, "united-states")["score"]);
        Assert.Equal("true", Row(rows, "russia")["contested"]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string name)
    {
        var rows = CsvRows.Parse(Rendered.As(ReportFormat.Csv, Rendered.WithCoreActorNamed(name)));
        var row = Row(rows, "hezbollah");

        Assert.Equal("'" + name, row["actor"]);
        Assert.Equal("'" + name, row["label"]);
    }

    [Fact]
    public void Records_end_with_crlf_and_fields_with_commas_or_quotes_are_quoted()
    {
        var csv = Rendered.As(ReportFormat.Csv, Rendered.WithCoreActorNamed("Hezbollah, \"Party of God\""));

        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", csv.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(",\"Hezbollah, \"\"Party of God\"\"\",", csv, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Row(List<List<string>> rows, string actorId)
    {
        var row = rows.Single(r => r[1] == actorId);
        return CsvAnswerWriter.Columns.Zip(row).ToDictionary(p => p.First, p => p.Second);
    }
}
