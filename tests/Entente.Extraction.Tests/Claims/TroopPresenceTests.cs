namespace Entente.Extraction.Tests.Claims;

/// <summary>Forces present in another state: a tie where the sentence says they are welcome, none where they invade or where the deal is a third state's.</summary>
public sealed class TroopPresenceTests
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
}
