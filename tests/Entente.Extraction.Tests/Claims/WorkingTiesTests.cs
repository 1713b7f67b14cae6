namespace Entente.Extraction.Tests.Claims;

/// <summary>Relations improved, enhanced or upgraded, and commercial or trade relationships, tie the two as working partners.</summary>
public sealed class WorkingTiesTests
{
    [Theory]
    [InlineData("# Guatemala\n\nGuatemala has obtained economic assistance from Taiwan and improved relations with Washington.", "guatemala", "united-states pragmatic_partner guatemala")]
    [InlineData("# Kyrgyzstan\n\nKyrgyzstan has enhanced ties with India.", "kyrgyzstan", "india pragmatic_partner kyrgyzstan")]
    [InlineData("# Turkmenistan\n\nTurkmenistan has significant commercial relationships with Russia.", "turkmenistan", "russia economic_partner turkmenistan")]
    [InlineData("# Chile\n\nChile has strong trade ties with China.", "chile", "china economic_partner chile")]
    public void A_tie_made_better_or_a_trade_relationship_is_a_working_partnership(string text, string subject, string expected)
    {
        var parts = expected.Split(' ');
        var claims = BundledPipeline.Asserted(text);

        Assert.Contains(claims, line => line == expected || line == $"{parts[2]} {parts[1]} {parts[0]}");
        Assert.DoesNotContain(BundledPipeline.AdversariesOf(subject, text), _ => true);
    }
}
