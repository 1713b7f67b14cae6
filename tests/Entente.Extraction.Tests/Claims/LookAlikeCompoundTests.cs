namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// A compound or a possessive typed with a look-alike of the hyphen or the apostrophe (an en dash, a non-breaking
/// hyphen, a prime) reads as the plain one does: the cleaner does not change these characters.
/// </summary>
public sealed class LookAlikeCompoundTests
{
    [Theory]
    [InlineData("–")]
    [InlineData("‑")]
    public void A_bloc_led_by_a_state_written_with_another_dash_still_has_the_leader_as_member(string dash)
    {
        var text = $"# Saudi Arabia\n\nThe kingdom wants calm at home. A Saudi{dash}led coalition has fought in Yemen since 2015.";

        Assert.Contains("saudi-arabia member_of saudi-led-coalition", BundledPipeline.Asserted(text));
    }

    [Theory]
    [InlineData("Hezbollah is an Iran{0}backed group that fights Israel.", "–")]
    [InlineData("The Houthis, an Iran{0}backed movement, fired missiles at Saudi Arabia.", "–")]
    [InlineData("The US{0}brokered deal between Armenia and Azerbaijan was signed.", "‑")]
    public void A_compound_with_an_en_dash_or_a_non_breaking_hyphen_reads_as_with_a_hyphen(string pattern, string dash) =>
        Assert.Equal(
            BundledPipeline.Asserted(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, "-")),
            BundledPipeline.Asserted(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, dash)));

    [Theory]
    [InlineData("′")]
    [InlineData("‘")]
    public void A_possessive_with_a_prime_or_a_turned_quote_reads_as_with_an_apostrophe(string apostrophe) =>
        Assert.Equal(
            BundledPipeline.Asserted("Syria is Iran's closest ally, officials said."),
            BundledPipeline.Asserted($"Syria is Iran{apostrophe}s closest ally, officials said."));
}
