using System.Text.Json;
using Entente.Formats.Tests.Builders;

namespace Entente.Formats.Tests;

public sealed class AnswerRendererTests
{
    public static TheoryData<ReportFormat> Formats => [.. Enum.GetValues<ReportFormat>()];

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_answer_with_nothing_on_record_still_renders(ReportFormat format)
    {
        var output = Rendered.As(format, Rendered.Empty());

        Assert.NotEmpty(output);
        if (format == ReportFormat.Json)
            Assert.Empty(JsonDocument.Parse(output).RootElement.GetProperty("former").EnumerateArray());
        else if (format != ReportFormat.Csv)
            Assert.Contains("None on record.", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Rendering_is_deterministic(ReportFormat format) =>
        Assert.Equal(Rendered.As(format, SampleAnswers.Iran2026()), Rendered.As(format, SampleAnswers.Iran2026()));

    [Fact]
    public void Every_member_name_reaches_every_human_readable_format()
    {
        var sample = SampleAnswers.Iran2026();
        foreach (var format in new[] { ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Csv })
        {
            var output = Rendered.As(format, sample);
            Assert.All(sample.AllMembers, m => Assert.Contains(m.Actor.Name, output, StringComparison.Ordinal));
        }
    }
}
