namespace Entente.Tests;

public sealed class ValidityTests
{
    private static readonly Validity AssadEra = new(PartialDate.Parse("1980"), PartialDate.Parse("2024-12-08"));

    [Fact]
    public void Includes_its_start_and_excludes_its_end()
    {
        Assert.True(AssadEra.Contains(new DateOnly(1980, 1, 1)));
        Assert.True(AssadEra.Contains(new DateOnly(2024, 12, 7)));
        Assert.False(AssadEra.Contains(new DateOnly(2024, 12, 8)));
        Assert.False(AssadEra.Contains(new DateOnly(1979, 12, 31)));
    }

    [Fact]
    public void Knows_when_it_has_ended_and_begun()
    {
        Assert.True(AssadEra.HasEndedBy(new DateOnly(2026, 1, 15)));
        Assert.False(AssadEra.HasEndedBy(new DateOnly(2023, 6, 1)));
        Assert.False(AssadEra.HasBegunBy(new DateOnly(1979, 6, 1)));
    }

    [Fact]
    public void Open_ends_hold_forever()
    {
        Assert.True(Validity.Always.Contains(new DateOnly(1, 1, 1)));
        Assert.True(new Validity(PartialDate.Parse("1982"), null).Contains(new DateOnly(9999, 1, 1)));
    }

    [Fact]
    public void Refuses_to_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new Validity(PartialDate.Parse("2024"), PartialDate.Parse("2023-12-31")));
    }
}
