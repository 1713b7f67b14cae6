namespace Entente.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1982", 1982, null, null, DatePrecision.Year)]
    [InlineData("2024-12", 2024, 12, null, DatePrecision.Month)]
    [InlineData("2024-12-08", 2024, 12, 8, DatePrecision.Day)]
    public void Parses_years_months_and_days(string text, int year, int? month, int? day, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal((year, month, day, precision), (date.Year, date.Month, date.Day, date.Precision));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("82")]
    [InlineData("2024-13")]
    [InlineData("2023-02-29")]
    [InlineData("2024-1-5")]
    [InlineData("December 2024")]
    [InlineData("2024-12-08T00:00")]
    public void Rejects_what_is_not_a_partial_date(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void Stands_for_the_first_day_of_its_period()
    {
        Assert.Equal(new DateOnly(1982, 1, 1), PartialDate.Parse("1982").Start);
        Assert.Equal(new DateOnly(2024, 12, 1), PartialDate.Parse("2024-12").Start);
    }

    [Fact]
    public void Orders_by_start_then_coarser_first()
    {
        var dates = new[] { "2024-12-08", "2024", "2024-12", "1982" }.Select(PartialDate.Parse).Order().Select(d => d.ToString());
        Assert.Equal(["1982", "2024", "2024-12", "2024-12-08"], dates);
    }

    [Fact]
    public void Reads_as_prose_at_its_precision()
    {
        Assert.Equal("8 December 2024", PartialDate.Parse("2024-12-08").ToProse());
        Assert.Equal("December 2024", PartialDate.Parse("2024-12").ToProse());
        Assert.Equal("1982", PartialDate.Parse("1982").ToProse());
    }
}
