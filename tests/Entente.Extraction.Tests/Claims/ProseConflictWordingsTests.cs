namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: tensions, wars that broke out, groups formed to fight, lands liberated, governments ousted, rivals contained, strikes by others.</summary>
public sealed class ProseConflictWordingsTests
{
    [Theory]
    [InlineData("# Benin\n\nDiplomatic tensions between Benin and its Sahel neighbours, Niger and Burkina Faso, have left a gap that jihadists exploit.", "benin", "burkina-faso")]
    [InlineData("# The Philippines\n\nThe summit meets against a backdrop of heightened tensions between Manila and Beijing over the shoals.", "philippines", "china")]
    [InlineData("# Cambodia\n\nThe Cambodia-Thailand border clash lasted five days in July.", "cambodia", "thailand")]
    [InlineData("# Eritrea\n\nIn 1998 a war broke out between Eritrea and Ethiopia over the town of Badme.", "eritrea", "ethiopia")]
    public void Tensions_clashes_and_wars_between_two_make_them_foes(string text, string subject, string foe)
    {
        Assert.Contains(foe, BundledPipeline.AdversariesOf(subject, text));
    }

    [Theory]
    [InlineData("# Asa'ib Ahl al-Haq\n\nIn 2014 Asa'ib Ahl al-Haq organized to fight the Islamic State in Iraq.", "asaib-ahl-al-haq", "islamic-state")]
    [InlineData("# The Polisario Front\n\nThe Polisario Front was founded in order to liberate Western Sahara from Spanish colonial rule.", "polisario-front", "spain")]
    [InlineData("# Yemen\n\nThe coalition set out to restore the government of President Hadi, ousted by the Houthis in 2015.", "yemen", "houthis")]
    [InlineData("# Five Eyes\n\nThe intelligence alliance is increasingly looking to contain China in the Pacific.", "five-eyes", "china")]
    [InlineData("# Cameroon\n\nCameroon fighting Boko Haram in the far north", "cameroon", "boko-haram")]
    public void A_fight_a_liberation_an_ouster_or_containment_makes_a_foe(string text, string subject, string foe)
    {
        Assert.Contains(foe, BundledPipeline.AdversariesOf(subject, text));
    }

    [Fact]
    public void Fighting_a_disease_makes_no_foe_of_the_subject()
    {
        var text = "# Japan\n\nThailand has helped Laos further in fighting COVID-19, the agency said.";

        Assert.Empty(BundledPipeline.AdversariesOf("japan", text));
    }

    [Fact]
    public void Fighting_as_a_noun_names_no_foe_of_the_subject()
    {
        var text = "# ASEAN\n\nA border dispute between Cambodia and Thailand erupted into the most intense fighting the two neighbours had seen in years.";

        Assert.DoesNotContain("cambodia", BundledPipeline.AdversariesOf("asean", text));
        Assert.DoesNotContain("thailand", BundledPipeline.AdversariesOf("asean", text));
    }

    [Fact]
    public void Strikes_by_another_against_a_third_make_no_foe_of_the_subject()
    {
        var text = "# Benin\n\nStrikes by the United States against Iraq have stoked fears of a wider war.";

        Assert.DoesNotContain("united-states", BundledPipeline.AdversariesOf("benin", text));
    }
}
