namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Parts of a larger actor ("a regional branch of", "the external arm of"), quotation marks inside a phrase, a nation's
/// own bodies acting for it, and a gerund used as a noun.
/// </summary>
public sealed class ProsePartsAndQuotesTests
{
    [Theory]
    [InlineData("# ISKP\n\nThe Islamic State – Khorasan Province is a regional branch of the Islamic State active in South-Central Asia.", "islamic-state-khorasan member_of islamic-state")]
    [InlineData("# ISWAP\n\nISWAP is a militant group and administrative division of the Islamic State.", "iswap member_of islamic-state")]
    [InlineData("# Kataib Hezbollah\n\nKataib Hezbollah, the armed wing of Hezbollah, fired rockets.", "kataib-hezbollah member_of hezbollah")]
    public void A_branch_or_wing_of_a_group_belongs_to_it(string text, string expected)
    {
        Assert.Contains(expected, BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_state_unit_may_be_the_arm_of_a_larger_state_unit()
    {
        var text = "# The Quds Force\n\nKhamenei named him commander of the Quds Force, the external arm of the Islamic Revolutionary Guards Corps (IRGC).";

        Assert.Contains("quds-force member_of irgc", BundledPipeline.Asserted(text));
    }

    [Theory]
    [InlineData("# Libya\n\nEgypt reiterated its “full support” for Haftar.")]
    [InlineData("# Libya\n\nEgypt reiterated its \"full support\" for Haftar.")]
    public void Quotation_marks_inside_a_phrase_do_not_break_it(string text)
    {
        Assert.Contains("egypt proxy libyan-national-army", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_nations_parliament_acts_for_the_nation()
    {
        var claims = BundledPipeline.Asserted("# Spain\n\nThe Greek parliament ratified a major defense agreement with France.");

        Assert.Contains(claims, c => c.StartsWith("greece ", StringComparison.Ordinal) && c.EndsWith(" france", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, c => c.StartsWith("spain ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gerund_after_a_nations_name_is_a_noun_that_funds_no_one_named_next()
    {
        var claims = BundledPipeline.Asserted("# Islamic Jihad\n\nA recipient of Iranian funding and know-how estimated by Israel to be in the tens of millions of dollars, Islamic Jihad keeps offices in Beirut.");

        Assert.DoesNotContain(claims, c => c.StartsWith("iran ", StringComparison.Ordinal) && c.EndsWith(" israel", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("# Bangladesh\n\nThe revolution triggered a diplomatic pivot, with Dhaka warming toward China.", "bangladesh", "china")]
    [InlineData("# Burundi\n\nBurundi would coordinate with South Africa on ground operations.", "burundi", "south-africa")]
    [InlineData("# Mexico\n\nMexico praised its security co-operation with the United States.", "mexico", "united-states")]
    public void Warming_toward_coordinating_with_and_co_operation_are_ties(string text, string subject, string partner)
    {
        Assert.Contains(partner, BundledPipeline.PartnersOf(subject, text));
    }

    [Fact]
    public void The_two_countries_after_an_opening_phrase_are_the_pair_named_before()
    {
        var text = "# Mexico\n\nMexico and the United States held talks. In a joint statement, the two countries said they reaffirm their security co-operation.";

        Assert.Contains("united-states", BundledPipeline.PartnersOf("mexico", text));
    }

    [Fact]
    public void A_possessors_listed_roles_share_the_possessor()
    {
        var text = "# Myanmar\n\nRussia’s position stands in contrast with China, Myanmar’s neighbor, biggest investor and long-term backer, which has kept its distance.";

        // "biggest investor" alone made an economic tie; the backer at the list's end is owned by Myanmar too.
        Assert.Contains("china strategic_partner myanmar", BundledPipeline.Asserted(text));
    }

    [Theory]
    [InlineData("# Spain\n\nNATO member Turkey bought Russian missiles.", "turkey member_of nato")]
    [InlineData("# Spain\n\nQatar, a GCC member, hosts the bureau.", "qatar member_of gcc")]
    [InlineData("# India\n\nJapan, a fellow Quad member, is India's main source of concessional finance.", "japan member_of quad")]
    public void A_blocs_name_before_member_names_a_member(string text, string expected)
    {
        Assert.Contains(expected, BundledPipeline.Asserted(text));
    }

    [Fact]
    public void The_bloc_of_an_appositive_member_is_no_party_to_the_sentence()
    {
        var text = "# Muslim Brotherhood\n\nMeanwhile, Qatar, a GCC member and longtime Brotherhood supporter, continues to provide sanctuary to top Brotherhood leaders.";

        Assert.DoesNotContain("gcc", BundledPipeline.PartnersOf("muslim-brotherhood", text));
        Assert.Contains("qatar", BundledPipeline.PartnersOf("muslim-brotherhood", text));
    }

    [Theory]
    [InlineData("# Egypt\n\nEgypt is the second-largest recipient of US military aid.", "egypt", "united-states")]
    [InlineData("# Israel\n\nIsrael remains the largest recipient of American military assistance.", "israel", "united-states")]
    public void A_recipient_of_a_nations_aid_is_its_partner(string text, string subject, string partner)
    {
        Assert.Contains(partner, BundledPipeline.PartnersOf(subject, text));
    }
}
