namespace Entente.Formats.Tests;

public sealed class ReportFormatTests
{
    [Theory]
    [InlineData("text", ReportFormat.Text)]
    [InlineData("markdown", ReportFormat.Markdown)]
    [InlineData("md", ReportFormat.Markdown)]
    [InlineData("HTML", ReportFormat.Html)]
    [InlineData(" json ", ReportFormat.Json)]
    [InlineData("Csv", ReportFormat.Csv)]
    public void Accepted_names_parse_whatever_their_case(string name, ReportFormat expected) =>
        Assert.Equal(expected, ReportFormats.Parse(name));

    [Theory]
    [InlineData("pdf")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_name_is_an_error_that_lists_the_accepted_ones(string? name)
    {
        var error = Assert.Throws<FormatException>(() => ReportFormats.Parse(name));

        Assert.Contains("text, markdown, md, html, json, csv", error.Message, StringComparison.Ordinal);
        Assert.False(ReportFormats.TryParse(name, out _));
    }

    [Theory]
    [InlineData(ReportFormat.Text, "txt")]
    [InlineData(ReportFormat.Markdown, "md")]
    [InlineData(ReportFormat.Html, "html")]
    [InlineData(ReportFormat.Json, "json")]
    [InlineData(ReportFormat.Csv, "csv")]
    public void Each_format_has_a_file_extension(ReportFormat format, string extension) =>
        Assert.Equal(extension, format.FileExtension());
}
