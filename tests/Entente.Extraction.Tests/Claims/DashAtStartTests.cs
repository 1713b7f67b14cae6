namespace Entente.Extraction.Tests.Claims;

/// <summary>A unit that opens with a dash has no word before it, where a span of years ("2020-2022") would have its first year.</summary>
public sealed class DashAtStartTests
{
    [Theory]
    [InlineData("# Iran\n\nThe region remains tense. – Iran, a large state, armed Hezbollah.")]
    [InlineData("# Iran\n\nThe region remains tense. — Iran armed Hezbollah in 2019.")]
    public void A_dash_opening_a_unit_is_read_without_failing(string text)
    {
        var claims = BundledPipeline.Read(text).Claims;

        Assert.Contains(claims, c => c.Subject == "iran" && c.Object == "hezbollah");
    }
}
