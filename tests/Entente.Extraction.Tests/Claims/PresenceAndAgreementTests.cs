namespace Entente.Extraction.Tests.Claims;

/// <summary>A nation present in another, by its forces or its companies, and agreements signed between two: ties where the sentence says so, none where forces invade or a deal ends a war.</summary>
public sealed class PresenceAndAgreementTests
{
    [Theory]
    [InlineData("Kenyan troops have been deployed inside Somalia since 2011, where they now fight alongside the Somali army against al-Shabaab.", "kenya", "somalia")]
    [InlineData("Ugandan special forces arrived in the capital in mid-March at Juba's invitation.", "uganda", "south-sudan")]
    [InlineData("About 2,500 U.S. troops remain in Iraq as part of the coalition against the Islamic State.", "united-states", "iraq")]
    [InlineData("Russian military instructors arrived in Niamey in April 2024.", "russia", "niger")]
    [InlineData("Rwandan troops protect the government in the Central African Republic.", "rwanda", "central-african-republic")]
    [InlineData("Turkish troops are stationed in Qatar under a 2014 defence agreement.", "turkey", "qatar")]
    public void Forces_a_host_welcomes_tie_their_state_to_the_host(string sentence, string state, string host)
    {
        var title = host == "south-sudan" ? "# South Sudan" : "# Foreign forces";

        Assert.Contains($"{state} strategic_partner {host}", BundledPipeline.Asserted(title + "\n\n" + sentence));
    }

    [Theory]
    [InlineData("Russian troops remain in eastern Ukraine under the Minsk agreement.")]
    [InlineData("Turkish forces are stationed in northern Syria under a 2019 deal with Moscow.")]
    [InlineData("Israeli troops remain in southern Lebanon despite the ceasefire agreement.")]
    [InlineData("Rwandan troops are present in eastern Congo to guard M23 positions, UN experts say.")]
    [InlineData("American troops are deployed in Syria alongside the Kurdish-led SDF.")]
    [InlineData("French troops remained in Mali as part of a mission until the junta ordered them out.")]
    public void Forces_present_without_the_hosts_consent_or_sent_away_tie_no_one(string sentence)
    {
        Assert.DoesNotContain(BundledPipeline.Read("# Foreign forces\n\n" + sentence).Claims, c => c.Rule.StartsWith("presence", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("# South Sudan\n\nChinese and Indian companies have long run the main oil fields.", "south-sudan", "china,india")]
    [InlineData("# Kenya\n\nChinese firms still dominate Kenyan road building.", "kenya", "china")]
    [InlineData("# Thailand\n\nChinese firms dominate the market in Laos.", "thailand", "")]
    public void A_nations_companies_running_things_in_the_subjects_country_make_economic_partners(string text, string subject, string partners)
    {
        Assert.Equal(partners, string.Join(",", BundledPipeline.PartnersOf(subject, text)));
    }

    [Theory]
    [InlineData("Lebanon and Cyprus signed an agreement on Wednesday fixing the boundary between their economic zones.", "cyprus")]
    [InlineData("Lebanon signed a maritime agreement with Cyprus on Wednesday.", "cyprus")]
    [InlineData("Lebanon and Israel signed a ceasefire agreement in November.", "")]
    public void A_signed_agreement_ties_the_signatories_unless_it_settles_a_conflict(string sentence, string partners)
    {
        Assert.Equal(partners, string.Join(",", BundledPipeline.PartnersOf("lebanon", "# Lebanon\n\n" + sentence)));
    }

    [Theory]
    [InlineData("Nauru cut ties with Taiwan on Monday and switched diplomatic relations to China.")]
    [InlineData("Nauru cuts ties with Taiwan, switches diplomatic relations to China")]
    public void A_state_that_switches_recognition_is_tied_to_the_new_side_and_the_old_side_is_not(string sentence)
    {
        var claims = BundledPipeline.Asserted("# Nauru\n\n" + sentence);

        Assert.Contains("nauru pragmatic_partner china", claims);
        Assert.DoesNotContain(claims, c => c.StartsWith("taiwan", StringComparison.Ordinal) && c.EndsWith("china", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognition_switched_from_a_state_ends_the_tie_with_it()
    {
        var claim = Assert.Single(BundledPipeline.Read("# Panama\n\nPanama switched diplomatic recognition from Taiwan in 2017.").Claims);

        Assert.Equal(("panama", "taiwan"), (claim.Subject, claim.Object));
        Assert.NotNull(claim.Validity.Until);
    }

    [Fact]
    public void A_switch_away_from_the_subject_never_ties_the_subject_to_the_new_side()
    {
        var claims = BundledPipeline.Asserted("# Taiwan loses another ally\n\nNauru cuts ties with Taiwan, switches diplomatic relations to China.");

        Assert.DoesNotContain(claims, c => c.Contains("taiwan", StringComparison.Ordinal) && c.Contains("china", StringComparison.Ordinal));
    }
}
