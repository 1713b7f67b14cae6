namespace Entente.Tests;

public sealed class ReliabilityTests
{
    [Theory]
    [InlineData("B2", 'B', 2)]
    [InlineData("a1", 'A', 1)]
    [InlineData("F6", 'F', 6)]
    public void Parses_admiralty_grades(string text, char source, int credibility)
    {
        var grade = Reliability.Parse(text);
        Assert.Equal((source, credibility), (grade.Source, grade.Credibility));
    }

    [Theory]
    [InlineData("G1")]
    [InlineData("B7")]
    [InlineData("B")]
    [InlineData("B22")]
    [InlineData("")]
    public void Rejects_grades_outside_the_scale(string text) => Assert.False(Reliability.TryParse(text, out _));
}
